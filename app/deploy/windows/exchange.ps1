# certdesk deployment preset: Exchange Server, for IIS (OWA, ECP, EWS, ActiveSync) and SMTP.
# Needs an elevated process (exit 3 without it) and an Exchange management role.
[CmdletBinding()]
param(
    [string]$PfxPath = $env:CERTDESK_PFX,
    [string]$Password = $env:CERTDESK_PASSWORD,
    [string]$NewThumbprint = $env:CERTDESK_NEW_THUMBPRINT,
    [string]$OldThumbprint = $env:CERTDESK_OLD_THUMBPRINT,
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
Assert-CertdeskElevated -Purpose 'Changing the Exchange certificate'
if (-not (Get-PSSnapin -Name 'Microsoft.Exchange.Management.PowerShell.SnapIn' -ErrorAction SilentlyContinue)) {
    Add-PSSnapin -Name 'Microsoft.Exchange.Management.PowerShell.SnapIn'
}

function Get-ExchangeServices {
    param([string]$Thumbprint)
    if (-not $Thumbprint) { return '' }
    $cert = Get-ExchangeCertificate -Thumbprint $Thumbprint -ErrorAction SilentlyContinue
    if (-not $cert) { return '' }
    return [string]$cert.Services
}

if ($Phase -eq 'Cleanup') {
    if (-not $RemoveReplaced -or -not $OldThumbprint -or $OldThumbprint -eq $NewThumbprint) { exit 0 }
    if (-not (Get-ExchangeCertificate -Thumbprint $OldThumbprint -ErrorAction SilentlyContinue)) {
        Write-Output "OK: Exchange does not hold $OldThumbprint"
        exit 0
    }
    Invoke-Change -Description "remove the replaced certificate $OldThumbprint from Exchange" -Action {
        Remove-ExchangeCertificate -Thumbprint $OldThumbprint -Confirm:$false
    }
    exit 0
}

if (Get-ExchangeCertificate -Thumbprint $NewThumbprint -ErrorAction SilentlyContinue) {
    Write-Output "OK: Exchange holds $NewThumbprint already"
} else {
    if (-not (Test-Path -LiteralPath $PfxPath -PathType Leaf)) {
        Stop-Certdesk -Message "The PFX file $PfxPath does not exist." -Code 2
    }
    Invoke-Change -Description "import $PfxPath into Exchange" -Action {
        $secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
        $bytes = [System.IO.File]::ReadAllBytes($PfxPath)
        $null = Import-ExchangeCertificate -FileData $bytes -Password $secure -PrivateKeyExportable $false
    }
}
Invoke-Change -Description "enable $NewThumbprint for IIS and SMTP (was: $(Get-ExchangeServices -Thumbprint $OldThumbprint))" -Action {
    Enable-ExchangeCertificate -Thumbprint $NewThumbprint -Services 'IIS', 'SMTP' -Force
}
if (-not $script:DryRun) {
    $services = Get-ExchangeServices -Thumbprint $NewThumbprint
    if ($services -notmatch 'IIS' -or $services -notmatch 'SMTP') {
        Stop-Certdesk -Message "Exchange lists $NewThumbprint for '$services', not IIS and SMTP."
    }
    Write-Output "CONFIRMED: Exchange uses $NewThumbprint for $services"
}
exit 0
