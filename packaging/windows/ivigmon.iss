; Inno Setup script of the ivigmon installer for Windows: one user, no administrator rights,
; a Start-menu entry with the ivigmon icon, and an uninstaller.
; Saved as UTF-8 with a byte-order mark, which Inno Setup needs to read the Polish text.
; Built from the folder packaging\ivigmon.spec makes on Windows (dist\ivigmon, with ivigmon.exe
; for the window and ivigmon-cli.exe for the commands):
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\ivigmon.iss
; The ward's records are not in the program's folder (they live in %LOCALAPPDATA%\ivigmon or on
; the ward server), so uninstalling never removes them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; The AppId ties updates and the uninstaller to this program: never change it.
AppId={{69E2747B-4200-4DEE-8E8C-77A3D66E430A}
AppName=ivigmon
AppVersion={#AppVersion}
AppVerName=ivigmon {#AppVersion}
AppPublisher=ivigmon
DefaultDirName={autopf}\ivigmon
DefaultGroupName=ivigmon
DisableProgramGroupPage=yes
; Per user: installs under %LOCALAPPDATA%\Programs without asking for administrator rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\build\icons\ivigmon.ico
UninstallDisplayIcon={app}\ivigmon.exe
UninstallDisplayName=ivigmon
OutputDir=..\..\dist
OutputBaseFilename=ivigmon-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"

[CustomMessages]
en.Comment=Bedside log, risk flags and follow-up checks for children's immunoglobulin infusions
pl.Comment=Dokumentacja przy łóżku, czynniki ryzyka i kontrole po wlewach immunoglobulin u dzieci

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole built folder; files of an older version are replaced.
Source: "..\..\dist\ivigmon\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A newer version's folder is complete by itself: no library of an older one stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\ivigmon"; Filename: "{app}\ivigmon.exe"; Parameters: "gui"; Comment: "{cm:Comment}"
Name: "{autodesktop}\ivigmon"; Filename: "{app}\ivigmon.exe"; Parameters: "gui"; Comment: "{cm:Comment}"; Tasks: desktopicon

[Run]
Filename: "{app}\ivigmon.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,ivigmon}"; Flags: nowait postinstall skipifsilent
