# certdesk deployment preset: the Windows certificate store.
# CurrentUser needs no elevation; LocalMachine does (exit 3 without it, nothing changed).
[CmdletBinding()]
param(
    [string]$PfxPath = $env:CERTDESK_PFX,
    [string]$Password = $env:CERTDESK_PASSWORD,
    [string]$NewThumbprint = $env:CERTDESK_NEW_THUMBPRINT,
    [string]$OldThumbprint = $env:CERTDESK_OLD_THUMBPRINT,
    [string]$StoreLocation = $env:CERTDESK_STORE_LOCATION,
    [string]$FriendlyName = $env:CERTDESK_FRIENDLY_NAME,
    [string]$RemoveReplaced = $env:CERTDESK_REMOVE_REPLACED,
    [string]$Phase = $env:CERTDESK_PHASE,
    [string]$DryRun = $env:CERTDESK_DRY_RUN
)

. (Join-Path -Path $PSScriptRoot -ChildPath 'common.ps1')
$script:DryRun = [bool]$DryRun
if (-not $StoreLocation) { $StoreLocation = 'CurrentUser' }
if (-not $Phase) { $Phase = 'Deploy' }
if (@('CurrentUser', 'LocalMachine') -notcontains $StoreLocation) {
    Stop-Certdesk -Message "StoreLocation must be CurrentUser or LocalMachine." -Code 2
}
Assert-Phase -Value $Phase
Assert-Thumbprint -Value $NewThumbprint -Name 'NewThumbprint' -Required
Assert-Thumbprint -Value $OldThumbprint -Name 'OldThumbprint'
if ($StoreLocation -eq 'LocalMachine') {
    Assert-CertdeskElevated -Purpose 'Writing to the LocalMachine certificate store'
}

if ($Phase -eq 'Cleanup') {
    if ($RemoveReplaced) {
        Remove-ReplacedCertificate -StoreLocation $StoreLocation -OldThumbprint $OldThumbprint `
            -NewThumbprint $NewThumbprint
    }
    exit 0
}

Import-CertdeskPfx -PfxPath $PfxPath -Password $Password -StoreLocation $StoreLocation `
    -Thumbprint $NewThumbprint -FriendlyName $FriendlyName
if (-not $script:DryRun) {
    $cert = Get-StoreCertificate -StoreLocation $StoreLocation -Thumbprint $NewThumbprint
    if (-not $cert -or -not $cert.HasPrivateKey) {
        Stop-Certdesk -Message "$NewThumbprint is not in Cert:\$StoreLocation\My with its private key."
    }
    Write-Output "CONFIRMED: $NewThumbprint is in Cert:\$StoreLocation\My with its private key"
}
exit 0
