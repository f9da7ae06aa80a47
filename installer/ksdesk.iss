; Inno Setup 6 script: the Windows installer of ksdesk, built from the PyInstaller folder
; dist\ksdesk (installer\build-windows.ps1 runs both; installer\WINDOWS.md explains it all).
;
; One installer for both kinds of install:
;   per machine (C:\Program Files\ksdesk, needs administrator)   /ALLUSERS
;   per user (%LOCALAPPDATA%\Programs\ksdesk, no administrator)   /CURRENTUSER
; Silent, for Intune or SCCM:
;   ksdesk-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /LOG="%TEMP%\ksdesk-setup.log"
; Silent removal:
;   "C:\Program Files\ksdesk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; The secretary's databases, backups and log live in the user's own data folder and are never
; touched by installing, upgrading or removing ksdesk.
;
; ISCC /DAppVersion=0.1.0 sets the version (build-windows.ps1 reads it from ksdesk/__init__.py).
; ISCC /DSign=1 "/Sksdesksign=..." signs the installer and the uninstaller (WINDOWS.md).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define BundleDir "..\dist\ksdesk"

[Setup]
; The AppId ties upgrades and removal to this product: never change it.
AppId={{6C1B3E52-8F0A-4D7B-9C4E-2A5D7F3B91E4}
AppName=ksdesk
AppVersion={#AppVersion}
AppVerName=ksdesk {#AppVersion}
AppPublisher=ksdesk
AppComments=Kallelse, budget, delegation och protokoll för nämndsekreteraren
VersionInfoVersion={#AppVersion}
VersionInfoDescription=ksdesk installationsprogram
DefaultDirName={autopf}\ksdesk
DefaultGroupName=ksdesk
DisableProgramGroupPage=yes
; Administrators install for every user of the machine; anyone else, or /CURRENTUSER, for
; themselves only. The dialog offers the choice when run by hand.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\ksdesk.ico
UninstallDisplayIcon={app}\ksdesk.exe
UninstallDisplayName=ksdesk
OutputDir=..\dist
OutputBaseFilename=ksdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running ksdesk is asked to close (it saves what is typed) before its files are replaced.
CloseApplications=yes
RestartApplications=no
#ifdef Sign
SignTool=ksdesksign
SignedUninstaller=yes
#endif

[Languages]
; Swedish.isl is one of Inno Setup's translations kept on its web site rather than in the
; installer: put it in the compiler's Languages folder (WINDOWS.md). Without it the
; installer speaks English.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#else
Name: "english"; MessagesFile: "compiler:Default.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Everything PyInstaller put in dist\ksdesk: ksdesk.exe, ksdesk-cli.exe and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole: no library of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\ksdesk"; Filename: "{app}\ksdesk.exe"; Comment: "Nämndsekreterarens skrivbord"
Name: "{autodesktop}\ksdesk"; Filename: "{app}\ksdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ksdesk.exe"; Description: "{cm:LaunchProgram,ksdesk}"; Flags: nowait postinstall skipifsilent
