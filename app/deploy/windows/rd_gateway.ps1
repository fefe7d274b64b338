# certdesk deployment preset: Remote Desktop Gateway.
# Sets RDS:\GatewayServer\SSLCertificate\Thumbprint and restarts TSGateway (open gateway
# sessions reconnect). Needs an elevated process (exit 3 without it).
[CmdletBinding()]
param(
    [string]$PfxPath = $env:CERTDESK_PFX,
    [string]$Password = $env:CERTDESK_PASSWORD,
    [string]$NewThumbprint = $env:CERTDESK_NEW_THUMBPRINT,
    [string]$OldThumbprint = $env:CERTDESK_OLD_THUMBPRINT,
    [string]$Restart = $env:CERTDESK_RESTART_SERVICE,
    [string]$FriendlyName = $env:CERTDESK_FRIENDLY_NAME,
    [string]$RemoveReplaced = $env:CERTDESK_REMOVE_REPLACED,
    [string]$Phase = $env:CERTDESK_PHASE,
    [string]$DryRun = $env:CERTDESK_DRY_RUN
)

. (Join-Path -Path $PSScriptRoot -ChildPath 'common.ps1')
$script:DryRun = [bool]$DryRun
if (-not $Phase) { $Phase = 'Deploy' }
Assert-Phase -Value $Phase
Assert-Thumbprint -Value $NewThumbprint -Name 'NewThumbprint' -Required
Assert-Thumbprint -Value $OldThumbprint -Name 'OldThumbprint'
Assert-CertdeskElevated -Purpose 'Changing the RD Gateway certificate'
Import-Module RemoteDesktopServices
$settingPath = 'RDS:\GatewayServer\SSLCertificate\Thumbprint'

if ($Phase -eq 'Cleanup') {
    if ((Get-Item -Path $settingPath).CurrentValue -eq $OldThumbprint) {
        Stop-Certdesk -Message "RD Gateway still uses $OldThumbprint; it was not removed."
    }
    if ($RemoveReplaced) {
        Remove-ReplacedCertificate -StoreLocation 'LocalMachine' -OldThumbprint $OldThumbprint `
            -NewThumbprint $NewThumbprint
    }
    exit 0
}

Import-CertdeskPfx -PfxPath $PfxPath -Password $Password -StoreLocation 'LocalMachine' `
    -Thumbprint $NewThumbprint -FriendlyName $FriendlyName
$current = (Get-Item -Path $settingPath).CurrentValue
Invoke-Change -Description "set the RD Gateway certificate to $NewThumbprint (was $current)" -Action {
    Set-Item -Path $settingPath -Value $NewThumbprint
}
if ($Restart) {
    Invoke-Change -Description "restart the TSGateway service" -Action {
        Restart-Service -Name 'TSGateway' -Force
    }
}
if (-not $script:DryRun) {
    if ((Get-Item -Path $settingPath).CurrentValue -ne $NewThumbprint) {
        Stop-Certdesk -Message "RD Gateway does not use $NewThumbprint after the change."
    }
    Write-Output "CONFIRMED: RD Gateway uses $NewThumbprint"
}
exit 0
