; Inno Setup script: a per-user Windows installer for Facilitator (no administrator rights needed).
;
; Built on a Windows machine (the CI workflow's windows-latest runner), never on Linux, after the
; PyInstaller bundle (packaging/facilitator-app.spec):
;
;   pyinstaller --noconfirm --distpath dist\bundle --workpath build\pyinstaller packaging\facilitator-app.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\facilitator-app.iss
;
; The version is passed in (read from pyproject.toml by the caller, never written here). Optional:
; /DBundleDir=<the one-folder bundle> (default dist\bundle\facilitator-app) and /DOutputDir=<where the
; setup .exe goes> (default dist). Both are relative to this file's folder unless absolute.
;
; What it installs: the bundle under %LOCALAPPDATA%\Programs\Facilitator, a Start menu entry (and a
; desktop shortcut if asked for), and an uninstaller (Settings > Apps).
;
; The user's data is never touched. The app keeps its data file, backups, logs and settings in
; %LOCALAPPDATA%\facilitator-app (platformdirs, see facilitator_app/paths.py), a folder this script
; neither installs into nor deletes from: there is deliberately no [UninstallDelete] section, and the
; uninstaller removes only the files it installed. Upgrading installs the new bundle over the old one
; in the program folder and leaves the data folder as it is; the app itself backs the data file up
; before it migrates it to a newer schema.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<version from pyproject.toml> facilitator-app.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\bundle\facilitator-app"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "Facilitator"
#define AppExe "facilitator-app.exe"

[Setup]
; The AppId ties upgrades and the uninstaller to this app: never change it.
AppId={{42EA7D9E-85CE-4E19-845E-DE8ED1738FB8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Facilitator contributors
AppComments=Offline admin for in-person peer support groups
VersionInfoVersion={#AppVersion}
; Per user: no UAC prompt, nothing written outside the user's profile.
PrivilegesRequired=lowest
; With PrivilegesRequired=lowest, {autopf} is the user's own programs folder, %LOCALAPPDATA%\Programs.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\icons\facilitator-app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=facilitator-app-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; A running Facilitator holds its files open: ask to close it rather than fail half-way.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the previous bundle's libraries as a whole (a file the new version no longer ships
; must not be loaded). This is the program folder only; the data folder is elsewhere (see the top).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Attendance, check-ins, notes and handouts for peer support groups"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] and no [Code] that deletes anything: the data folder outlives the app.
