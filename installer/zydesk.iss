; Inno Setup 6 script: the setup program of ZYDesk for the department's offline Windows PCs.
; (Saved as UTF-8 with a byte-order mark: that is how Inno Setup reads the Chinese texts below.)
;
;   python tasks.py build          (on Windows with Inno Setup 6 installed: builds dist\ZYDesk\ and then this)
;   ISCC.exe installer\zydesk.iss           (by hand, after python tasks.py build; the version is read from the program)
;
; Installs for the current user only, without administrator rights (%LOCALAPPDATA%\Programs\ZYDesk),
; adds a Start-menu entry (and a desktop icon if asked), and uninstalls cleanly: every file it put down is
; removed. The clerk's data folder (%LOCALAPPDATA%\ZYDesk: databases, key slots, backups) is the clerk's and
; is kept, so a reinstall or an upgrade finds the database again.
; 64-bit Windows 10 or later only (what PySide6/Qt 6 supports).

#define AppName "紫阳县干部工作台"
#define AppExe "ZYDesk.exe"
#define DistDir "..\dist\ZYDesk"
; the program's version information (written by the build from zydesk.__version__, the one version)
#define AppNumbers GetVersionNumbersString(AddBackslash(SourcePath) + DistDir + "\" + AppExe)
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + DistDir + "\" + AppExe, PRODUCT_VERSION)
#endif

[Setup]
; AppId stays the same for every version: a newer setup upgrades the installed program in place.
AppId={{6F0B7E55-3C1D-4E7A-9A39-2F6C2D1E8B74}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=中共紫阳县委组织部
VersionInfoVersion={#AppNumbers}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\ZYDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per user, no administrator rights (with lowest, {autopf} is %LOCALAPPDATA%\Programs)
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 (build 10240) or later
MinVersion=10.0.10240
OutputDir=..\dist
OutputBaseFilename=ZYDesk-{#AppVersion}-setup
SetupIconFile=..\ui\theme\icons\zydesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; the program must be closed before its files are replaced or removed
CloseApplications=yes
RestartApplications=no

[Languages]
; The wizard in Simplified Chinese. Copies of Inno Setup without ChineseSimplified.isl in their Languages
; folder need it put there (README); a setup in another language is not made by mistake.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
  #error Inno Setup 的 Languages 文件夹中没有 ChineseSimplified.isl（简体中文语言文件），请先放入（见 README）
#endif

[Tasks]
Name: "desktopicon"; Description: "在桌面上创建快捷方式"; GroupDescription: "其他快捷方式："; Flags: unchecked

[Files]
; the whole one-folder build; files of an older version that this one no longer has are removed first
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\卸载{#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "立即运行{#AppName}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; byte-code caches and logs the program may write beside itself; the data folder is not touched
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
