; LiveStudio per-user installer for Windows (NSIS 3, Unicode).
;
;   makensis /DVERSION=0.1.0 packaging\windows\livestudio.nsi     (build.ps1 -Installer does this)
;
; Installs dist\livestudio\ for the current user only (no administrator prompt) into
; %LOCALAPPDATA%\Programs\LiveStudio, with Start-menu and desktop shortcuts, an uninstaller
; registered under HKCU "Apps & features", and English / Simplified Chinese installer pages.
; The file version resource of livestudio.exe itself comes from packaging/livestudio.spec;
; this script gives the installer .exe its own.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef DIST
  !define DIST "..\..\dist\livestudio"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\LiveStudio-${VERSION}-setup.exe"
!endif
!define APPNAME "LiveStudio"
!define EXE "livestudio.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\LiveStudio"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "Software\${APPNAME}" "InstallDir"
BrandingText "${APPNAME} ${VERSION}"

; the installer's own file version resource (Properties ▸ Details)
VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} installer"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${APPNAME}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APPNAME}; third-party notices in THIRD-PARTY.txt"

!include "MUI2.nsh"
!define MUI_ICON "..\livestudio.ico"
!define MUI_UNICON "..\livestudio.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_SHOWREADME "$INSTDIR\_internal\resources\THIRD-PARTY.txt"
!define MUI_FINISHPAGE_SHOWREADME_TEXT "$(ShowNotices)"
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecApp ${LANG_ENGLISH} "LiveStudio (required)"
LangString SecApp ${LANG_SIMPCHINESE} "LiveStudio（必需）"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString ShowNotices ${LANG_ENGLISH} "Show the third-party licence notices"
LangString ShowNotices ${LANG_SIMPCHINESE} "查看第三方软件许可声明"
LangString UninstallName ${LANG_ENGLISH} "Uninstall LiveStudio"
LangString UninstallName ${LANG_SIMPCHINESE} "卸载 LiveStudio"
LangString StillRunning ${LANG_ENGLISH} "LiveStudio is running. Close it, then press Retry."
LangString StillRunning ${LANG_SIMPCHINESE} "LiveStudio 正在运行。请先关闭它，然后点击“重试”。"
LangString KeepData ${LANG_ENGLISH} "Your shows, products and settings are kept in $LOCALAPPDATA\LiveStudio. Delete them too?"
LangString KeepData ${LANG_SIMPCHINESE} "您的直播场次、商品和设置保存在 $LOCALAPPDATA\LiveStudio。也要删除它们吗？"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!$(SecApp)" SecAppId
  SectionIn RO
  ; a running copy keeps its files locked
  retry:
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXE}" a
    IfErrors 0 +3
      IfFileExists "$INSTDIR\${EXE}" 0 +2
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDRETRY retry IDCANCEL cancel
    FileClose $0
    Goto install
  cancel:
    Abort
  install:
  SetOutPath "$INSTDIR"
  RMDir /r "$INSTDIR\_internal"          ; no stale libraries from an older version
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\$(UninstallName).lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKCU "Software\${APPNAME}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "$(SecDesktop)" SecDesktopId
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Section "Uninstall"
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\${APPNAME}"
  ; the user's data (store, backups, logs) stays unless they say otherwise; never asked when silent
  IfSilent done
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(KeepData)" IDNO done
    RMDir /r "$LOCALAPPDATA\LiveStudio"
  done:
SectionEnd
