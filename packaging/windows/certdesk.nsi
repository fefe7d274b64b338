; certdesk for Windows: a per-user installer (no administrator rights needed).
;
;   makensis -DVERSION=0.1.0 -DSOURCE_DIR=dist\certdesk -DICON=build\icons\certdesk.ico
;            -DLICENSE_FILE=LICENSE -DOUT_FILE=certdesk-0.1.0-setup.exe certdesk.nsi
;
; Installs into %LOCALAPPDATA%\Programs\certdesk, adds a Start menu entry and an entry in
; "Installed apps", optionally starts certdesk at login (the same Run value the app's own
; setting writes) and, where the user can elevate, opens Windows Firewall for the HTTP-01
; listener. The uninstaller removes all of it but leaves the data folder (certificates,
; database) in place.
Unicode true
!include "MUI2.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !error "VERSION is required (-DVERSION=x.y.z)"
!endif
!ifndef SOURCE_DIR
  !error "SOURCE_DIR is required: the frozen one-dir folder holding certdesk.exe"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "certdesk-${VERSION}-setup.exe"
!endif

!define APP "certdesk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define FW_RULE "certdesk HTTP-01 listener"

Name "${APP} ${VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ManifestDPIAware true
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "MIT License"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\certdesk.exe"
!define MUI_COMPONENTSPAGE_SMALLDESC

!ifdef LICENSE_FILE
  !insertmacro MUI_PAGE_LICENSE "${LICENSE_FILE}"
!endif
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "certdesk" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the whole program folder: no stale library survives.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\certdesk.exe"
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "The certdesk authors"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\certdesk.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section /o "Start certdesk at login (in the tray)" SecLogin
  ; The same value certdesk's Settings write, so the app shows it as on.
  WriteRegStr HKCU "${RUN_KEY}" "${APP}" '"$INSTDIR\certdesk.exe" --tray'
SectionEnd

Section /o "Allow the HTTP-01 listener through Windows Firewall (asks for an administrator)" SecFirewall
  ; A per-user install cannot change the firewall; an administrator can, through one UAC
  ; prompt. Without the rule Windows Firewall drops the CA's requests to port 80, so HTTP-01
  ; with the built-in listener fails; DNS-01 and HTTP-01 through a web server's webroot need
  ; no rule.
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 == "Admin"
    ExecShellWait "runas" "netsh.exe" 'advfirewall firewall add rule name="${FW_RULE}" dir=in action=allow protocol=TCP localport=80 program="$INSTDIR\certdesk.exe" enable=yes' SW_HIDE
    ExecShellWait "runas" "netsh.exe" 'advfirewall firewall add rule name="${FW_RULE}" dir=in action=allow protocol=TCP localport=80 program="$INSTDIR\certdesk-cli.exe" enable=yes' SW_HIDE
  ${Else}
    MessageBox MB_OK|MB_ICONINFORMATION "Your account cannot change Windows Firewall, so no rule was added.$\r$\n$\r$\nThe built-in HTTP-01 listener will not be reachable from the CA. Use DNS-01 or HTTP-01 through your web server's folder instead, or ask an administrator to allow TCP port 80 for $INSTDIR\certdesk.exe." /SD IDOK
  ${EndIf}
SectionEnd

LangString DESC_App ${LANG_ENGLISH} "The certdesk app and certdesk-cli."
LangString DESC_Login ${LANG_ENGLISH} "Start certdesk hidden in the tray when you log in, so it renews and reminds you."
LangString DESC_Firewall ${LANG_ENGLISH} "Needed only for HTTP-01 with the built-in listener. Without administrator rights nothing is changed."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} $(DESC_App)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecLogin} $(DESC_Login)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecFirewall} $(DESC_Firewall)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Section "Uninstall"
  ; A running tray instance would keep its files open.
  nsExec::Exec 'taskkill /IM certdesk.exe /F'
  Pop $0
  ; Only the scheduled renewal certdesk itself registered, under its own task name.
  nsExec::Exec 'schtasks /Delete /TN "\certdesk\Renew certificates" /F'
  Pop $0
  DeleteRegValue HKCU "${RUN_KEY}" "${APP}"
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\certdesk.exe"
  Delete "$INSTDIR\certdesk-cli.exe"
  Delete "$INSTDIR\LICENSE"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 == "Admin"
    ExecShellWait "runas" "netsh.exe" 'advfirewall firewall delete rule name="${FW_RULE}"' SW_HIDE
  ${EndIf}
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd
