# Build the double-click LiveStudio app on Windows with PyInstaller.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1          -> dist\livestudio\livestudio.exe
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -Smoke   also runs it with --smoke
#   ... -Installer   also makes dist\LiveStudio-<version>-setup.exe with NSIS (makensis on PATH:
#                    `winget install NSIS.NSIS` or `choco install nsis`)
#
# Windowed (no console window), with the .ico icon and a file version resource (the spec).
# Uses .venv with the `package` extra. Written and reviewed; not run where it was written
# (no Windows machine there): see packaging\README.md.
param([switch]$Smoke, [switch]$Installer)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$py = ".venv\Scripts\python.exe"
if (-not (Test-Path $py)) { python -m venv .venv }
& $py -m pip install -q -e ".[package]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

if (-not (Test-Path "packaging\livestudio.ico")) { & $py packaging\make_icons.py }
& $py packaging\update_translations.py --release
if ($LASTEXITCODE -ne 0) { throw "translations failed" }
& $py packaging\third_party.py
if ($LASTEXITCODE -ne 0) { throw "third-party notices failed" }
$version = (& $py -c "import livestudio; print(livestudio.__version__)").Trim()
New-Item -ItemType Directory -Force build | Out-Null
$commit = (git rev-parse --short HEAD 2>$null); if (-not $commit) { $commit = "unknown" }
@{ version = $version; built = (Get-Date).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ");
   commit = "$commit" } | ConvertTo-Json | Set-Content -Encoding utf8 build\build-info.json

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

if ($Installer) {
    $makensis = (Get-Command makensis -ErrorAction SilentlyContinue)
    if (-not $makensis) { throw "makensis not found: install NSIS 3 (winget install NSIS.NSIS)" }
    & $makensis.Source /V2 "/DVERSION=$version" packaging\windows\livestudio.nsi
    if ($LASTEXITCODE -ne 0) { throw "makensis failed" }
    Write-Host "installer: dist\LiveStudio-$version-setup.exe"
}
