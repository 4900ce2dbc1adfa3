; Inno Setup 6 script: the Windows installer for the PyInstaller bundle in dist\opencx-hubspot-setup.
;
; Built by packaging/windows/build.ps1 (and the installers workflow), which passes the version
; read from the package metadata:  iscc /DAppVersion=0.1.0 packaging\windows\opencx-hubspot-setup.iss
; Not built or run on the Linux machine this project is developed on: see packaging/README.md.

#ifndef AppVersion
  #error Pass the version from the package metadata: iscc /DAppVersion=X.Y.Z
#endif
#ifndef AppNumericVersion
  ; A release's numbers are its version; build.ps1 maps a pre-release (0.2.0rc1 -> 0.2.0.0).
  #define AppNumericVersion AppVersion
#endif
#define AppName "OpenCX HubSpot Setup"
#define AppExe "opencx-hubspot-setup.exe"
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
; A fixed AppId lets later versions upgrade this one in place; never change it.
AppId={{6C1D3F0E-5B7A-4D0B-9E55-3F2C7A9B1E42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=OpenCX
AppPublisherURL=https://www.open.cx
VersionInfoVersion={#AppNumericVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Admins of a HubSpot portal are not always administrators of their computer: install for the
; current user unless they choose "all users" (which asks for elevation).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=opencx-hubspot-setup-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\opencx-hubspot-setup\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything the program left inside its own folder. Per-user settings, saved progress and the
; Credential Manager entries are the user's and stay.
Type: filesandordirs; Name: "{app}"
