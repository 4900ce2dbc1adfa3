# Build the Windows bundle and installer: dist\opencx-hubspot-setup\ and
# dist\opencx-hubspot-setup-<version>-windows-x64-setup.exe.
# Run from the repository root in a venv that has packaging\requirements-lock.txt
# (pip install --require-hashes) and the app's wheel, with Inno Setup 6 on PATH (iscc).
# Signing: set WINDOWS_CERT_PFX_BASE64 and WINDOWS_CERT_PASSWORD (CI secrets); without them the
# build goes on unsigned and says so loudly.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$version = python -c "from importlib.metadata import version; print(version('opencx-hubspot-setup'))"
if ($LASTEXITCODE -ne 0) { throw "cannot read the package version" }
# Inno Setup's VersionInfoVersion takes numbers only: 0.2.0rc1 -> 0.2.0.0 (the same mapping as
# the executables' version resource, packaging/platform_metadata.py).
$numericVersion = python -c "import sys; sys.path.insert(0, 'packaging'); from platform_metadata import numeric_version; print('.'.join(map(str, numeric_version(sys.argv[1]))))" $version
if ($LASTEXITCODE -ne 0) { throw "cannot map the version to numbers" }

python packaging\make_icons.py
if ($LASTEXITCODE -ne 0) { throw "icons failed" }
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\opencx-hubspot-setup.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$said = & dist\opencx-hubspot-setup\opencx-hubspot-setup-cli.exe --version
if ($said -ne "opencx-hubspot-setup $version") { throw "bundle says '$said', metadata says '$version'" }
foreach ($exe in @("opencx-hubspot-setup.exe", "opencx-hubspot-setup-cli.exe")) {
    $info = (Get-Item "dist\opencx-hubspot-setup\$exe").VersionInfo
    if ($info.ProductVersion -ne $version) { throw "$exe has no version resource for $version" }
}

function Sign-Files([string[]] $paths) {
    if (-not $env:WINDOWS_CERT_PFX_BASE64) {
        Write-Host "::warning title=Unsigned Windows build::WINDOWS_CERT_PFX_BASE64 is not set; $($paths -join ', ') left unsigned (SmartScreen will warn users)."
        return
    }
    $pfx = Join-Path $env:RUNNER_TEMP "codesign.pfx"
    [IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
    try {
        $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" | Select-Object -Last 1
        & $signtool.FullName sign /f $pfx /p $env:WINDOWS_CERT_PASSWORD /fd sha256 /tr http://timestamp.digicert.com /td sha256 $paths
        if ($LASTEXITCODE -ne 0) { throw "signtool failed" }
    } finally {
        Remove-Item $pfx -Force
    }
}

Sign-Files @("dist\opencx-hubspot-setup\opencx-hubspot-setup.exe", "dist\opencx-hubspot-setup\opencx-hubspot-setup-cli.exe")
iscc "/DAppVersion=$version" "/DAppNumericVersion=$numericVersion" packaging\windows\opencx-hubspot-setup.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Sign-Files @("dist\opencx-hubspot-setup-$version-windows-x64-setup.exe")
