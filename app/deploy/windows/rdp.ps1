# certdesk deployment preset: the Remote Desktop (RDP-Tcp) listener's certificate.
# Sets Win32_TSGeneralSetting.SSLCertificateSHA1Hash; new connections use it at once.
# Needs an elevated process (exit 3 without it).
[CmdletBinding()]
param(
    [string]$PfxPath = $env:CERTDESK_PFX,
    [string]$Password = $env:CERTDESK_PASSWORD,
    [string]$NewThumbprint = $env:CERTDESK_NEW_THUMBPRINT,
    [string]$OldThumbprint = $env:CERTDESK_OLD_THUMBPRINT,
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
Assert-CertdeskElevated -Purpose 'Changing the Remote Desktop certificate'

function Get-RdpSetting {
    return Get-CimInstance -Namespace 'root\cimv2\TerminalServices' -ClassName 'Win32_TSGeneralSetting' `
        -Filter "TerminalName='RDP-Tcp'"
}

if ($Phase -eq 'Cleanup') {
    if ((Get-RdpSetting).SSLCertificateSHA1Hash -eq $OldThumbprint) {
        Stop-Certdesk -Message "RDP-Tcp still uses $OldThumbprint; it was not removed."
    }
    if ($RemoveReplaced) {
        Remove-ReplacedCertificate -StoreLocation 'LocalMachine' -OldThumbprint $OldThumbprint `
            -NewThumbprint $NewThumbprint
    }
    exit 0
}

Import-CertdeskPfx -PfxPath $PfxPath -Password $Password -StoreLocation 'LocalMachine' `
    -Thumbprint $NewThumbprint -FriendlyName $FriendlyName

Invoke-Change -Description "let NETWORK SERVICE read the private key of $NewThumbprint" -Action {
    $cert = Get-StoreCertificate -StoreLocation 'LocalMachine' -Thumbprint $NewThumbprint
    $key = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($cert)
    if (-not $key) {
        $key = [System.Security.Cryptography.X509Certificates.ECDsaCertificateExtensions]::GetECDsaPrivateKey($cert)
    }
    if ($key -is [System.Security.Cryptography.RSACryptoServiceProvider]) {
        $name = $key.CspKeyContainerInfo.UniqueKeyContainerName  # a legacy CryptoAPI key
    } else {
        $name = $key.Key.UniqueName  # a CNG key
    }
    $folders = @((Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\Keys'),
        (Join-Path -Path $env:ProgramData -ChildPath 'Microsoft\Crypto\RSA\MachineKeys'))
    $file = $folders | ForEach-Object { Join-Path -Path $_ -ChildPath $name } |
        Where-Object { Test-Path -LiteralPath $_ } | Select-Object -First 1
    if (-not $file) { Stop-Certdesk -Message "The private key file of $NewThumbprint was not found." }
    $acl = Get-Acl -LiteralPath $file
    $sid = New-Object System.Security.Principal.SecurityIdentifier -ArgumentList 'S-1-5-20'
    $rule = New-Object System.Security.AccessControl.FileSystemAccessRule -ArgumentList $sid, 'Read', 'Allow'
    $acl.AddAccessRule($rule)
    Set-Acl -LiteralPath $file -AclObject $acl
}

$setting = Get-RdpSetting
Invoke-Change -Description "set the RDP-Tcp certificate to $NewThumbprint (was $($setting.SSLCertificateSHA1Hash))" -Action {
    Set-CimInstance -InputObject $setting -Property @{ SSLCertificateSHA1Hash = $NewThumbprint }
}
if (-not $script:DryRun) {
    if ((Get-RdpSetting).SSLCertificateSHA1Hash -ne $NewThumbprint) {
        Stop-Certdesk -Message "RDP-Tcp does not use $NewThumbprint after the change."
    }
    Write-Output "CONFIRMED: RDP-Tcp uses $NewThumbprint"
}
exit 0
