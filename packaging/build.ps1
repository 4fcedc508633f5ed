# Build the double-click LiveStudio app on Windows with PyInstaller.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1          -> dist\livestudio\livestudio.exe
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -Smoke   also runs it with --smoke
#
# Windowed (no console window), with the .ico icon. Uses .venv with the `package` extra.
param([switch]$Smoke)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$py = ".venv\Scripts\python.exe"
if (-not (Test-Path $py)) { python -m venv .venv }
& $py -m pip install -q -e ".[package]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

if (-not (Test-Path "packaging\livestudio.ico")) { & $py packaging\make_icons.py }
& $py packaging\update_translations.py --release
if ($LASTEXITCODE -ne 0) { throw "translations failed" }

$sw = [Diagnostics.Stopwatch]::StartNew()
& $py -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\livestudio.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
Write-Host ("built in {0:N0} s: dist\livestudio\livestudio.exe" -f $sw.Elapsed.TotalSeconds)

if ($Smoke) {
    $dir = Join-Path ([IO.Path]::GetTempPath()) ("livestudio-smoke-" + [guid]::NewGuid())
    New-Item -ItemType Directory $dir | Out-Null
    # a windowed exe detaches from the console; Start-Process -Wait gets its exit code
    $p = Start-Process -FilePath "dist\livestudio\livestudio.exe" `
        -ArgumentList @("--db", "$dir\smoke.sqlite3", "--smoke") -Wait -PassThru `
        -RedirectStandardError "$dir\stderr.txt" -RedirectStandardOutput "$dir\stdout.txt"
    Get-Content "$dir\stdout.txt", "$dir\stderr.txt"
    Remove-Item -Recurse -Force $dir
    if ($p.ExitCode -ne 0) { throw "smoke test failed ($($p.ExitCode))" }
}
