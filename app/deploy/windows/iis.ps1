# certdesk deployment preset: IIS HTTPS bindings.
# Updates every HTTPS binding that uses the old certificate, or one named site/host/port
# (created with SNI when asked). Needs an elevated process (exit 3 without it).
[CmdletBinding()]
param(
    [string]$PfxPath = $env:CERTDESK_PFX,
    [string]$Password = $env:CERTDESK_PASSWORD,
    [string]$NewThumbprint = $env:CERTDESK_NEW_THUMBPRINT,
    [string]$OldThumbprint = $env:CERTDESK_OLD_THUMBPRINT,
    [string]$Site = $env:CERTDESK_IIS_SITE,
    [string]$HostName = $env:CERTDESK_IIS_HOST,
    [string]$Port = $env:CERTDESK_IIS_PORT,
    [string]$Sni = $env:CERTDESK_IIS_SNI,
    [string]$FriendlyName = $env:CERTDESK_FRIENDLY_NAME,
    [string]$RemoveReplaced = $env:CERTDESK_REMOVE_REPLACED,
    [string]$Phase = $env:CERTDESK_PHASE,
    [string]$DryRun = $env:CERTDESK_DRY_RUN
)

. (Join-Path -Path $PSScriptRoot -ChildPath 'common.ps1')
$script:DryRun = [bool]$DryRun
if (-not $Phase) { $Phase = 'Deploy' }
if (-not $Port) { $Port = '443' }
Assert-Phase -Value $Phase
Assert-Thumbprint -Value $NewThumbprint -Name 'NewThumbprint' -Required
Assert-Thumbprint -Value $OldThumbprint -Name 'OldThumbprint'
if ($Port -notmatch '^[0-9]{1,5}$') { Stop-Certdesk -Message "Port must be a number." -Code 2 }
$portNumber = [int]$Port
Assert-CertdeskElevated -Purpose 'Changing IIS bindings'
Import-Module WebAdministration

function Get-BindingsToUpdate {
    if ($Site) {
        return @(Get-WebBinding -Name $Site -Protocol 'https' -Port $portNumber -HostHeader $HostName)
    }
    if (-not $OldThumbprint) { return @() }
    return @(Get-WebBinding -Protocol 'https' | Where-Object { $_.certificateHash -eq $OldThumbprint })
}

if ($Phase -eq 'Cleanup') {
    $stillBound = @(Get-WebBinding -Protocol 'https' | Where-Object { $OldThumbprint -and $_.certificateHash -eq $OldThumbprint })
    if ($stillBound.Count -gt 0) {
        Stop-Certdesk -Message "$OldThumbprint is still used by $($stillBound.Count) binding(s); it was not removed."
    }
    if ($RemoveReplaced) {
        Remove-ReplacedCertificate -StoreLocation 'LocalMachine' -OldThumbprint $OldThumbprint `
            -NewThumbprint $NewThumbprint
    }
    exit 0
}

Import-CertdeskPfx -PfxPath $PfxPath -Password $Password -StoreLocation 'LocalMachine' `
    -Thumbprint $NewThumbprint -FriendlyName $FriendlyName

if ($Site) {
    if (-not (Get-Website -Name $Site)) { Stop-Certdesk -Message "IIS has no site named '$Site'." -Code 2 }
    if (@(Get-BindingsToUpdate).Count -eq 0) {
        $sslFlags = 0
        if ($Sni) { $sslFlags = 1 }
        Invoke-Change -Description "add an https binding *:${portNumber}:$HostName to site '$Site' (SNI: $([bool]$Sni))" -Action {
            New-WebBinding -Name $Site -Protocol 'https' -Port $portNumber -HostHeader $HostName -SslFlags $sslFlags
        }
    }
}
$bindings = @(Get-BindingsToUpdate)
if ($bindings.Count -eq 0 -and -not $script:DryRun) {
    Stop-Certdesk -Message "No HTTPS binding uses the old certificate; name a site, host and port."
}
if ($bindings.Count -eq 0) {
    Write-Output "NOTE: no HTTPS binding uses the old certificate (or the named site has none yet)"
}
foreach ($binding in $bindings) {
    $where = $binding.bindingInformation
    Invoke-Change -Description "bind $NewThumbprint to https $where (was $($binding.certificateHash))" -Action {
        $binding.AddSslCertificate($NewThumbprint, 'My')
    }
}
if (-not $script:DryRun) {
    $stale = @(Get-BindingsToUpdate | Where-Object { $_.certificateHash -ne $NewThumbprint })
    if ($stale.Count -gt 0) {
        Stop-Certdesk -Message "$($stale.Count) binding(s) still do not use $NewThumbprint."
    }
    Write-Output "CONFIRMED: the bindings use $NewThumbprint"
}
exit 0
