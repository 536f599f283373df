; Inno Setup 6 recipe for the Windows installer (cannot be built on the Linux CI machine).
; Build: python packaging\dev.py package   (on Windows: produces dist\permoney\ via PyInstaller;
;        the .deb/.tar.gz steps are skipped there), then
;        python packaging\render_icons.py build\icons   (writes build\icons\permoney.ico), then
;        iscc /DAppVersion=0.1.0 packaging\windows\permoney.iss
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6A0F5B3E-3C1D-4E59-9B53-5C9E3D0B7A11}
AppName=Permoney
AppVersion={#AppVersion}
AppPublisher=Permoney developers
DefaultDirName={autopf}\Permoney
DefaultGroupName=Permoney
OutputDir=..\..\dist
OutputBaseFilename=permoney-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
SetupIconFile=..\..\build\icons\permoney.ico
UninstallDisplayIcon={app}\permoney.exe

[Files]
Source: "..\..\dist\permoney\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\Permoney"; Filename: "{app}\permoney.exe"
Name: "{autodesktop}\Permoney"; Filename: "{app}\permoney.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Registry]
; Double-clicking a .permoney book opens it.
Root: HKA; Subkey: "Software\Classes\.permoney"; ValueType: string; ValueData: "Permoney.Book"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Permoney.Book"; ValueType: string; ValueData: "Permoney book"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Permoney.Book\DefaultIcon"; ValueType: string; ValueData: "{app}\permoney.exe,0"
Root: HKA; Subkey: "Software\Classes\Permoney.Book\shell\open\command"; ValueType: string; ValueData: """{app}\permoney.exe"" --book ""%1"""

[Run]
Filename: "{app}\permoney.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation…"
Filename: "{app}\permoney.exe"; Description: "Open Permoney"; Flags: nowait postinstall skipifsilent
