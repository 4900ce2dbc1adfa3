# Build the Windows bundle and installer: dist\opencx-hubspot-setup\ and
# dist\opencx-hubspot-setup-<version>-windows-x64-setup.exe.
# Run from the repository root in a venv that has the app (pip install .) and
# packaging\requirements.txt, with Inno Setup 6 on PATH (iscc).
# Signing: set WINDOWS_CERT_PFX_BASE64 and WINDOWS_CERT_PASSWORD (CI secrets); without them the
# build goes on unsigned and says so loudly.
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$version = python -c "from importlib.metadata import version; print(version('opencx-hubspot-setup'))"
if ($LASTEXITCODE -ne 0) { throw "cannot read the package version" }

python packaging\make_icons.py
if ($LASTEXITCODE -ne 0) { throw "icons failed" }
python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\opencx-hubspot-setup.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

$said = & dist\opencx-hubspot-setup\opencx-hubspot-setup-cli.exe --version
if ($said -ne "opencx-hubspot-setup $version") { throw "bundle says '$said', metadata says '$version'" }

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
iscc "/DAppVersion=$version" packaging\windows\opencx-hubspot-setup.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Sign-Files @("dist\opencx-hubspot-setup-$version-windows-x64-setup.exe")
