; Inno Setup 6 script for LTSA Desktop: a per-machine installer made from the PyInstaller one-folder bundle.
;
; Build on Windows with:   python installers\build.py
; which runs PyInstaller and then:
;   ISCC.exe /DAppVersion=<version from pyproject.toml> /DBundleDir=dist\ltsa-desktop /DOutputDir=dist
;            /DRepoRoot=<checkout> installers\windows\ltsa-desktop.iss
; Compiled by hand without /DAppVersion, the version is read from pyproject.toml's [project] section.
;
; The data directory (%LOCALAPPDATA%\LTSA\ltsa-desktop, or LTSA_DATA_DIR) is written by the application, never by
; this installer, and the uninstaller removes only the files it installed: the office database, backups, receipts
; and settings stay where they are.

#ifndef RepoRoot
  #define RepoRoot AddBackslash(SourcePath) + "..\.."
#endif
#ifndef AppVersion
  ; pyproject.toml's `version = "x.y.z"` line reads as an INI value (the quotes are dropped)
  #define AppVersion ReadIni(RepoRoot + "\pyproject.toml", "project", "version", "0.0.0")
#endif
#ifndef BundleDir
  #define BundleDir RepoRoot + "\dist\ltsa-desktop"
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist"
#endif

#define AppName "LTSA Desktop"
#define AppExe "ltsa-desktop.exe"

[Setup]
AppId={{9A11CFF7-F41E-43DE-BBD3-6F0663F773E5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LTSA Desktop contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per-machine: every counter clerk signing in to this PC gets the program; each keeps their own data directory
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=ltsa-desktop-{#AppVersion}-setup
SetupIconFile={#RepoRoot}\resources\icons\ltsa-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; close a running LTSA Desktop before its files are replaced (Restart Manager)
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "autostart"; Description: "Start a public screen when anyone signs in to Windows:"; GroupDescription: "Public screens (kiosk, display board and fee board PCs):"; Flags: unchecked
Name: "autostart\kiosk"; Description: "Ticket kiosk"; Flags: exclusive unchecked
Name: "autostart\display"; Description: "Display board"; Flags: exclusive unchecked
Name: "autostart\feeboard"; Description: "Fee board"; Flags: exclusive unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\LTSA Desktop"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\LTSA Kiosk"; Filename: "{app}\{#AppExe}"; Parameters: "--window kiosk"; WorkingDir: "{app}"; Comment: "Ticket kiosk (full screen)"
Name: "{group}\LTSA Display board"; Filename: "{app}\{#AppExe}"; Parameters: "--window display"; WorkingDir: "{app}"; Comment: "Called ticket numbers for the waiting-room TV (full screen)"
Name: "{group}\LTSA Fee board"; Filename: "{app}\{#AppExe}"; Parameters: "--window feeboard"; WorkingDir: "{app}"; Comment: "Public fee schedule (full screen)"
Name: "{group}\LTSA Rating screen"; Filename: "{app}\{#AppExe}"; Parameters: "--window rating"; WorkingDir: "{app}"; Comment: "Satisfaction survey for a counter's second screen or tablet (full screen)"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\LTSA Desktop"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon
Name: "{commonstartup}\LTSA Kiosk"; Filename: "{app}\{#AppExe}"; Parameters: "--window kiosk"; WorkingDir: "{app}"; Tasks: autostart\kiosk
Name: "{commonstartup}\LTSA Display board"; Filename: "{app}\{#AppExe}"; Parameters: "--window display"; WorkingDir: "{app}"; Tasks: autostart\display
Name: "{commonstartup}\LTSA Fee board"; Filename: "{app}\{#AppExe}"; Parameters: "--window feeboard"; WorkingDir: "{app}"; Tasks: autostart\feeboard

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

; No [UninstallDelete] entries on purpose: the data directory is the office's record and is never removed.
