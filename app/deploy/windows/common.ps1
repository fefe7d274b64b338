# Shared helpers of certdesk's deployment scripts (dot-sourced by each of them).
#
# Rules every script keeps:
# - Parameters are plain strings from param(); they are never turned into code (no
#   Invoke-Expression, no script blocks built from strings, no command lines for cmd.exe).
# - Every change goes through Invoke-Change, which in a dry run only prints what it would do.
# - The previous certificate stays where it is until the new one is confirmed; removing it is
#   a separate phase (Cleanup) that certdesk runs only after the deployment was verified.
# Exit codes: 0 done, 1 failed, 2 bad parameters, 3 needs an elevated process.

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

function Test-CertdeskElevated {
    $identity = [Security.Principal.WindowsIdentity]::GetCurrent()
    $principal = New-Object Security.Principal.WindowsPrincipal -ArgumentList $identity
    return $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Assert-CertdeskElevated {
    param([Parameter(Mandatory = $true)][string]$Purpose)
    if (Test-CertdeskElevated) { return }
    if ($script:DryRun) {
        Write-Output "NOTE: $Purpose needs an elevated process; this dry run is not elevated."
        return
    }
    [Console]::Error.WriteLine(
        "certdesk: $Purpose needs an elevated process (Run as administrator, or the " +
        "scheduled task with 'Run with highest privileges'). Nothing was changed.")
    exit 3
}

function Invoke-Change {
    param(
        [Parameter(Mandatory = $true)][string]$Description,
        [Parameter(Mandatory = $true)][scriptblock]$Action
    )
    if ($script:DryRun) {
        Write-Output "WOULD: $Description"
        return
    }
    & $Action
    Write-Output "DONE: $Description"
}

function Stop-Certdesk {
    param([Parameter(Mandatory = $true)][string]$Message, [int]$Code = 1)
    [Console]::Error.WriteLine("certdesk: $Message")
    exit $Code
}

function Assert-Thumbprint {
    param([string]$Value, [string]$Name, [switch]$Required)
    if (-not $Value) {
        if ($Required) { Stop-Certdesk -Message "$Name is missing." -Code 2 }
        return
    }
    if ($Value -notmatch '^[0-9A-F]{40}$') {
        Stop-Certdesk -Message "$Name is not a SHA-1 thumbprint." -Code 2
    }
}

function Assert-Phase {
    param([string]$Value)
    if (@('Deploy', 'Cleanup') -notcontains $Value) {
        Stop-Certdesk -Message "Phase must be Deploy or Cleanup." -Code 2
    }
}

function Get-StoreCertificate {
    param([string]$StoreLocation, [string]$Thumbprint)
    $path = Join-Path -Path "Cert:\$StoreLocation\My" -ChildPath $Thumbprint
    if (Test-Path -LiteralPath $path) { return Get-Item -LiteralPath $path }
    return $null
}

function Import-CertdeskPfx {
    # Imports the PFX unless the certificate is already in the store; returns nothing.
    param(
        [string]$PfxPath, [string]$Password, [string]$StoreLocation,
        [string]$Thumbprint, [string]$FriendlyName
    )
    if (Get-StoreCertificate -StoreLocation $StoreLocation -Thumbprint $Thumbprint) {
        Write-Output "OK: $Thumbprint is already in Cert:\$StoreLocation\My"
    } else {
        if (-not (Test-Path -LiteralPath $PfxPath -PathType Leaf)) {
            Stop-Certdesk -Message "The PFX file $PfxPath does not exist." -Code 2
        }
        Invoke-Change -Description "import $PfxPath into Cert:\$StoreLocation\My" -Action {
            $secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
            $null = Import-PfxCertificate -FilePath $PfxPath -Password $secure `
                -CertStoreLocation "Cert:\$StoreLocation\My"
            if (-not (Get-StoreCertificate -StoreLocation $StoreLocation -Thumbprint $Thumbprint)) {
                Stop-Certdesk -Message "The imported certificate is not $Thumbprint."
            }
        }
    }
    if ($FriendlyName) {
        Invoke-Change -Description "set the friendly name of $Thumbprint to '$FriendlyName'" -Action {
            $cert = Get-StoreCertificate -StoreLocation $StoreLocation -Thumbprint $Thumbprint
            $cert.FriendlyName = $FriendlyName
        }
    }
}

function Remove-ReplacedCertificate {
    param([string]$StoreLocation, [string]$OldThumbprint, [string]$NewThumbprint)
    if (-not $OldThumbprint -or $OldThumbprint -eq $NewThumbprint) {
        Write-Output "OK: no replaced certificate to remove"
        return
    }
    $old = Get-StoreCertificate -StoreLocation $StoreLocation -Thumbprint $OldThumbprint
    if (-not $old) {
        Write-Output "OK: $OldThumbprint is not in Cert:\$StoreLocation\My"
        return
    }
    Invoke-Change -Description "remove the replaced certificate $OldThumbprint from Cert:\$StoreLocation\My" -Action {
        Remove-Item -LiteralPath $old.PSPath
    }
}
