# Builds ksdesk for Windows: the PyInstaller folder dist\ksdesk, its check, signing when a
# certificate is configured, and the Inno Setup installer dist\ksdesk-<version>-setup.exe.
# Run from the repository root in PowerShell on Windows 10/11 with Python 3.11 and
# Inno Setup 6 installed (installer\WINDOWS.md):
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
#
# Signing: set KSDESK_SIGN_CERT_SHA1 to the thumbprint of a code-signing certificate in the
# build machine's certificate store (a hardware token, or a cloud HSM's signtool plug-in).
# The certificate and its key never enter the repository; nothing here takes a password.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

$python = if ($env:KSDESK_PYTHON) { $env:KSDESK_PYTHON } else { "py -3.11" }
$iscc = if ($env:KSDESK_ISCC) { $env:KSDESK_ISCC } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
$timestamp = if ($env:KSDESK_SIGN_TIMESTAMP_URL) { $env:KSDESK_SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }

function Invoke-Checked([string]$command) {
    Invoke-Expression $command
    if ($LASTEXITCODE -ne 0) { throw "Misslyckades: $command" }
}

if (-not (Test-Path .venv-win)) { Invoke-Checked "$python -m venv .venv-win" }
$venvPython = ".venv-win\Scripts\python.exe"
Invoke-Checked "$venvPython -m pip install --quiet --upgrade pip"
# The same pinned Qt binding as the tests ran on (constraints.txt): a newer one has crashed.
Invoke-Checked "$venvPython -m pip install --quiet -c constraints.txt .[bundle]"
Invoke-Checked "$venvPython -m PyInstaller installer\ksdesk.spec --noconfirm --distpath dist --workpath build\pyinstaller"
Invoke-Checked "$venvPython installer\check_bundle.py dist\ksdesk --windows"
Invoke-Checked "dist\ksdesk\ksdesk-cli.exe --version"

$version = (& $venvPython -c "import ksdesk; print(ksdesk.__version__)").Trim()
$isccArgs = @("/DAppVersion=$version")

if ($env:KSDESK_SIGN_CERT_SHA1) {
    # signtool comes with the Windows SDK; KSDESK_SIGNTOOL names it when it is not on PATH.
    $signtool = if ($env:KSDESK_SIGNTOOL) { $env:KSDESK_SIGNTOOL } else { "signtool.exe" }
    $signArgs = @("sign", "/sha1", $env:KSDESK_SIGN_CERT_SHA1, "/fd", "SHA256", "/tr", $timestamp, "/td", "SHA256")
    & $signtool @signArgs dist\ksdesk\ksdesk.exe dist\ksdesk\ksdesk-cli.exe
    if ($LASTEXITCODE -ne 0) { throw "Signeringen misslyckades" }
    # Inno Setup signs the installer and the uninstaller it writes with the same command
    # ($f is the file Inno Setup hands it, $q a quotation mark).
    $isccArgs += "/DSign=1"
    $isccArgs += "/Sksdesksign=`$q$signtool`$q $($signArgs -join ' ') `$q`$f`$q"
} else {
    Write-Warning "KSDESK_SIGN_CERT_SHA1 är inte satt: installationsprogrammet blir osignerat."
}

& $iscc @isccArgs installer\ksdesk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup misslyckades" }
Get-ChildItem dist\ksdesk-*-setup.exe | ForEach-Object { "{0}: {1:N1} MB" -f $_.Name, ($_.Length / 1MB) }
