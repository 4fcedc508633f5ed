<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../livestudio/ui/about.py" line="+119"/>
        <source>About LiveStudio</source>
        <translation>关于 LiveStudio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;LiveStudio {version}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;LiveStudio {version}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan, check, run and review a live-selling show.</source>
        <translation>策划、检查、开播、复盘一场直播带货。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{date} (commit {commit})</source>
        <translation>{date}（提交 {commit}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a built app: running from the source folder</source>
        <translation>非打包版本：从源代码目录运行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built:</source>
        <translation>构建时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Third-party software and licences&lt;/b&gt;</source>
        <translation>&lt;b&gt;第三方软件及许可证&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The third-party notices file is missing from this installation.</source>
        <translation>此安装中缺少第三方软件声明文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versions, system and folders for a support request; never a stream key</source>
        <translation>用于寻求支持的版本、系统和文件夹信息；绝不包含推流码</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open this folder</source>
        <translation>打开此文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Diagnostics copied: paste them into your message to support.</source>
        <translation>诊断信息已复制：请粘贴到发给技术支持的消息中。</translation>
    </message>
</context>
<context>
    <name>AcrossShowsPanel</name>
    <message>
        <location filename="../../livestudio/ui/review/across.py" line="+32"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average watch time</source>
        <translation>人均观看时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Trend of:</source>
        <translation>趋势指标：</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Show A</source>
        <translation>场次 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show B</source>
        <translation>场次 B</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare A:</source>
        <translation>对比 A：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with B:</source>
        <translation>和 B：</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>GMV ({currency})</source>
        <translation>GMV（{currency}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV ({currency})</source>
        <translation>客单价（{currency}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion (%)</source>
        <translation>转化率 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average watch time (s)</source>
        <translation>人均观看时长（秒）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} shows sold in {currency}</source>
        <translation>{n} 场以 {currency} 销售的直播</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} — {only}</source>
        <translation>{title} — {only}</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../livestudio/cli/plan.py" line="+92"/>
        <location line="+22"/>
        <location line="+69"/>
        <location filename="../../livestudio/cli/products.py" line="+85"/>
        <location line="+3"/>
        <location line="+32"/>
        <location filename="../../livestudio/cli/review.py" line="+100"/>
        <location line="+83"/>
        <location filename="../../livestudio/cli/runsheet_import.py" line="+70"/>
        <source>error: {reason}</source>
        <translation>错误：{reason}</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>error: --minutes must be more than 0</source>
        <translation>错误：--minutes 必须大于 0</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>error: {name}: a run sheet is saved as .pdf or .xlsx</source>
        <translation>错误：{name}：流程单只能保存为 .pdf 或 .xlsx</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>error: there is no show {id}</source>
        <translation>错误：不存在直播场次 {id}</translation>
    </message>
    <message>
        <location filename="../../livestudio/cli/products.py" line="-28"/>
        <source>error: {file} is too big to import on this computer</source>
        <translation>错误：{file} 太大，无法在这台电脑上导入</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../livestudio/cli/review.py" line="-22"/>
        <location line="+39"/>
        <location filename="../../livestudio/cli/runsheet_import.py" line="-2"/>
        <source>{summary} (dry run: nothing was written)</source>
        <translation>{summary}（试运行：未写入任何内容）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>error: cannot write {file}: {reason}</source>
        <translation>错误：无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exported {count} products to {file}</source>
        <translation>已导出 {count} 个商品到 {file}</translation>
    </message>
    <message>
        <location filename="../../livestudio/cli/review.py" line="-110"/>
        <location line="+85"/>
        <source>error: {file} does not exist</source>
        <translation>错误：{file} 不存在</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>{file}: {kind} ({platform}), sheet {sheet}, header row {row}</source>
        <translation>{file}：{kind}（{platform}），工作表 {sheet}，表头在第 {row} 行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  ignored columns: {cols}</source>
        <translation>  已忽略的列：{cols}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matched: {what}</source>
        <translation>已匹配：{what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>note: {what}</source>
        <translation>提示：{what}</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>columns: remembered on {date} for these columns</source>
        <translation>列：{date} 为这些列记住的对应关系</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: {n} control characters removed</source>
        <translation>提示：已移除 {n} 个控制字符</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+61"/>
        <source>rejected: {what}</source>
        <translation>已拒绝：{what}</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+61"/>
        <source>left empty: {what}</source>
        <translation>留空：{what}</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>nothing imported: {n} rows could not be read, {m} cells left empty (--strict)</source>
        <translation>未导入任何内容：{n} 行无法读取，{m} 个单元格留空（--strict）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing imported: no row belongs to show {id}</source>
        <translation>未导入任何数据：没有属于直播场次 {id} 的行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported {n} rows, rejected {r}</source>
        <translation>已导入 {n} 行，拒绝 {r} 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {n} cells left empty</source>
        <translation>，{n} 个单元格留空</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{n} traffic sources, paid {paid} of viewers</source>
        <translation>{n} 个流量来源，付费流量占观看人数 {paid}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>imported {summary}</source>
        <translation>已导入 {summary}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+57"/>
        <source>error: there is no show with id {id}</source>
        <translation>错误：不存在 ID 为 {id} 的直播场次</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal {goal} {word}</source>
        <translation>目标 {goal} {word}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vs previous {d}</source>
        <translation>较上一场 {d}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vs median {d}</source>
        <translation>较中位数 {d}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>error: {file}: export as .xlsx or .pdf</source>
        <translation>错误：{file}：请导出为 .xlsx 或 .pdf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>error: {file} could not be written ({reason})</source>
        <translation>错误：无法写入 {file}（{reason}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote {file}</source>
        <translation>已写入 {file}</translation>
    </message>
    <message>
        <location filename="../../livestudio/cli/runsheet_import.py" line="-8"/>
        <source>note: {n} promotions started with a replaced segment; give them a new start in Plan</source>
        <translation>提示：{n} 个促销活动原本随被替换的环节开始；请在“策划”中重新设置开始时间</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <location filename="../../livestudio/ui/check/media.py" line="+37"/>
        <location line="+42"/>
        <source>Preview is off.</source>
        <translation>预览已关闭。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No camera found. Connect one and press Refresh.</source>
        <translation>未找到摄像头。请连接摄像头后点击“刷新”。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The camera could not be opened: {reason}</source>
        <translation>无法打开摄像头：{reason}</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../livestudio/core/checks/audio.py" line="+83"/>
        <source>silent — muted or the wrong device?</source>
        <translation>没有声音——是否静音或选错了设备？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clipping — turn the input gain down</source>
        <translation>声音爆音——请调低输入增益</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too quiet — move closer or raise the gain</source>
        <translation>声音太小——请靠近一些或调高增益</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>device {name} is not connected</source>
        <translation>设备 {name} 未连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../livestudio/core/checks/probes.py" line="+138"/>
        <source>no microphone found</source>
        <translation>未找到麦克风</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../livestudio/core/checks/probes.py" line="+25"/>
        <source>no speakers found</source>
        <translation>未找到扬声器</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} could not be opened ({reason})</source>
        <translation>无法打开 {name}（{reason}）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{name} delivered no sound data ({reason})</source>
        <translation>{name} 没有传回声音数据（{reason}）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name} could not play ({reason})</source>
        <translation>{name} 无法播放（{reason}）</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/checks/camera.py" line="+42"/>
        <source>{name} delivered no pictures</source>
        <translation>{name} 没有传回画面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution below 1280x720</source>
        <translation>分辨率低于 1280x720</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frame rate below 24 fps — more light helps</source>
        <translation>帧率低于 24 fps——补光会有帮助</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../livestudio/core/checks/probes.py" line="-55"/>
        <source>no camera found</source>
        <translation>未找到摄像头</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>camera {name} is not connected</source>
        <translation>摄像头 {name} 未连接</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} could not be opened: {reason}</source>
        <translation>无法打开 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/checks/network.py" line="+40"/>
        <source>offline: no network interface is up</source>
        <translation>离线：没有已启用的网络接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: no route</source>
        <translation>离线：无路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: DNS failed</source>
        <translation>离线：DNS 解析失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: connection refused</source>
        <translation>离线：连接被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: timed out</source>
        <translation>离线：连接超时</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unsupported address scheme {scheme!r} in {url}</source>
        <translation>{url} 中的地址协议 {scheme!r} 不受支持</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no host name in {url}</source>
        <translation>{url} 中没有主机名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad port in {url}</source>
        <translation>{url} 中的端口无效</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no answer in {s:.0f} s</source>
        <translation>{s:.0f} 秒内无响应</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/checks/results.py" line="+29"/>
        <source>GO</source>
        <translation>可以开播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GO WITH WARNINGS</source>
        <translation>可以开播（有警告）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NO-GO</source>
        <translation>不能开播</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{verdict} — blocked by: {names}</source>
        <translation>{verdict}——阻止项：{names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{verdict} — check: {names}</source>
        <translation>{verdict}——请检查：{names}</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/checks/secrets.py" line="+39"/>
        <source>No secure key store (keyring) is available on this computer, so the stream key cannot be saved. LiveStudio never stores keys in plain text; paste the key into your streaming software directly instead.</source>
        <translation>此电脑上没有可用的安全密钥存储（keyring），因此无法保存推流码。LiveStudio 从不以明文保存密钥，请直接将推流码粘贴到你的推流软件中。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>it writes keys unencrypted into a file on this computer (plain text)</source>
        <translation>它把密钥以未加密的形式写入本机的一个文件（明文）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it keeps keys in a file guarded by a password typed in a terminal, not in the system&apos;s key store</source>
        <translation>它把密钥保存在一个靠终端输入密码保护的文件里，而不是系统钥匙串</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is a placeholder that cannot store anything</source>
        <translation>它只是占位后端，无法保存任何内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>it reports that it cannot work on this computer</source>
        <translation>它报告无法在这台电脑上工作</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no key store is installed or running on this computer</source>
        <translation>这台电脑上没有安装或运行任何钥匙串</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Found keyring backend {backend}, not used: {reason}.</source>
        <translation>找到钥匙串后端 {backend}，但未使用：{reason}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Both the platform and the stream key are needed.</source>
        <translation>平台和推流码都必须填写。</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/checks/export.py" line="+23"/>
        <source>Check run</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>直播场次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no show)</source>
        <translation>（无场次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream preset</source>
        <translation>推流预设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>probe</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/checks/probes.py" line="-9"/>
        <location line="+383"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>≥ {w}x{h} at ≥ {fps:.0f} fps</source>
        <translation>≥ {w}x{h}，≥ {fps:.0f} fps</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connect a camera (or a phone as webcam) and run again.</source>
        <translation>请连接摄像头（或把手机用作摄像头）后重新检测。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: {w}x{h} at {fps:.1f} fps</source>
        <translation>{name}：{w}x{h}，{fps:.1f} fps</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+352"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>peak ≥ {silent:.0f} and &lt; {clip:.0f} dBFS, RMS ≥ {quiet:.0f} dBFS</source>
        <translation>峰值 ≥ {silent:.0f} 且 &lt; {clip:.0f} dBFS，RMS ≥ {quiet:.0f} dBFS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name}: peak {peak:.1f} dBFS, RMS {rms:.1f} dBFS</source>
        <translation>{name}：峰值 {peak:.1f} dBFS，RMS {rms:.1f} dBFS</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+328"/>
        <source>Speakers / headphones</source>
        <translation>扬声器 / 耳机</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>the host hears the test tone</source>
        <translation>主播能听到测试音</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>test tone played on {name} — not confirmed yet</source>
        <translation>已在 {name} 上播放测试音——尚未确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did you hear it?</source>
        <translation>听到了吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+304"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>{n} connects: median ≤ {lat:.0f} ms, jitter ≤ {jit:.0f} ms, no losses</source>
        <translation>连接 {n} 次：中位延迟 ≤ {lat:.0f} ms，抖动 ≤ {jit:.0f} ms，无丢失</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>online via {names}; no ingest URL set</source>
        <translation>已通过 {names} 联网；未设置推流地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the platform&apos;s ingest URL (Tools ▸ Platforms and stream keys…) to test the real route.</source>
        <translation>请设置平台的推流地址（工具 ▸ 平台与推流码…）以测试实际线路。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{target}: median {median} ms, jitter {jitter} ms, {lost}/{n} lost</source>
        <translation>{target}：中位延迟 {median} ms，抖动 {jitter} ms，丢失 {lost}/{n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>half or more of the connections failed</source>
        <translation>半数及以上的连接失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsteady connection — prefer a cable over Wi-Fi</source>
        <translation>连接不稳定——建议用网线代替 Wi-Fi</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+223"/>
        <source>Upload speed</source>
        <translation>上传速度</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>≥ {need:,.0f} kbps ({preset} {kbps:,} kbps x {h})</source>
        <translation>≥ {need:,.0f} kbps（{preset} {kbps:,} kbps x {h}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no upload test endpoint set</source>
        <translation>未设置上传测速地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set one in Tools ▸ Platforms and stream keys…</source>
        <translation>请在 工具 ▸ 平台与推流码… 中设置</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no measurement</source>
        <translation>无测量结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kbps:,.0f} kbps ({mb:.1f} MB in {took})</source>
        <translation>{kbps:,.0f} kbps（{took} 内传输 {mb:.1f} MB）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>too slow for {preset}; choose a lower preset</source>
        <translation>对 {preset} 来说太慢，请选择更低的预设</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>little headroom; the stream may stutter</source>
        <translation>余量不足，直播可能卡顿</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+166"/>
        <source>Disk space</source>
        <translation>磁盘空间</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>≥ {x:.0f}x the planned recording ({need})</source>
        <translation>≥ 计划录制所需空间的 {x:.0f} 倍（{need}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{free} free in {folder}</source>
        <translation>{folder} 剩余 {free}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not enough room to record the whole show</source>
        <translation>空间不足以录制整场直播</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>less than twice what the recording needs</source>
        <translation>不足录制所需空间的两倍</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+129"/>
        <source>Computer</source>
        <translation>电脑</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>CPU &lt; {cpu:.0f}%, ≥ {mem} free memory, battery ≥ {bat:.0f}% when unplugged</source>
        <translation>CPU &lt; {cpu:.0f}%，可用内存 ≥ {mem}，未接电源时电量 ≥ {bat:.0f}%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU {cpu:.0f}%</source>
        <translation>CPU {cpu:.0f}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{mem} memory free</source>
        <translation>可用内存 {mem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no battery</source>
        <translation>无电池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on battery {pct:.0f}%</source>
        <translation>电池供电 {pct:.0f}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plugged in, battery {pct:.0f}%</source>
        <translation>已接电源，电量 {pct:.0f}%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>almost no free memory: close other programs</source>
        <translation>可用内存几乎耗尽：请关闭其他程序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>little free memory</source>
        <translation>可用内存不多</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the processor is busy: close other programs</source>
        <translation>处理器繁忙：请关闭其他程序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on battery below 50%: plug in the charger</source>
        <translation>电池供电且电量低于 50%：请接上充电器</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+89"/>
        <source>Stream key</source>
        <translation>推流码</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>a stream key is stored for the platform</source>
        <translation>已为该平台保存推流码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no platform chosen for this show</source>
        <translation>本场直播未选择平台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the platform in Plan, or add one in Tools ▸ Platforms and stream keys…</source>
        <translation>请在“策划”中选择平台，或在 工具 ▸ 平台与推流码… 中添加平台</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not stored here — keep it in your streaming software</source>
        <translation>不在此处保存——请保存在推流软件中</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stored for {platform}</source>
        <translation>已为 {platform} 保存</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no stream key stored for {platform}</source>
        <translation>未保存 {platform} 的推流码</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the check itself failed: {error}</source>
        <translation>检查本身出错：{error}</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/check/integration.py" line="+12"/>
        <source>Platforms and stream keys…</source>
        <translation>平台与推流码…</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <location filename="../../livestudio/ui/check/controller.py" line="+194"/>
        <source>the check itself failed: {error}</source>
        <translation>检查本身出错：{error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer within {s} s</source>
        <translation>{s} 秒内无响应</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the host heard the test tone</source>
        <translation>主播听到了测试音</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the host heard nothing</source>
        <translation>主播没有听到声音</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the output device and volume</source>
        <translation>请检查输出设备和音量</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <location filename="../../livestudio/reports/checkrun.py" line="+38"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Threshold</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no show)</source>
        <translation>（无场次）</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Pre-stream check</source>
        <translation>开播前检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preset</source>
        <translation>推流预设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
</context>
<context>
    <name>CheckWorkspace</name>
    <message>
        <location filename="../../livestudio/ui/check/workspace.py" line="+69"/>
        <source>Show</source>
        <translation>直播场次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation>场次：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stream preset: sets the bitrate the network must carry (x1.5)</source>
        <translation>推流预设：决定网络需要承载的码率（x1.5）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+338"/>
        <source>Run all</source>
        <translation>全部检测</translation>
    </message>
    <message>
        <location line="-338"/>
        <location line="+338"/>
        <source>Running…</source>
        <translation>检测中…</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>New run</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the results and ticks and start a fresh check</source>
        <translation>清除结果和勾选，重新开始检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit checklist…</source>
        <translation>编辑检查清单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>(no show)</source>
        <translation>（无场次）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(untitled show)</source>
        <translation>（未命名场次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} · {when}</source>
        <translation>{title} · {when}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No show selected</source>
        <translation>未选择场次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check is stored without a show.</source>
        <translation>本次检查将不关联场次保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{platform} · {minutes} min planned</source>
        <translation>{platform} · 计划 {minutes} 分钟</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Earlier runs ({n})</source>
        <translation>历史检查记录（{n}）</translation>
    </message>
    <message>
        <location line="-367"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+367"/>
        <source>Earlier runs</source>
        <translation>历史检查记录</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not done yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ticked by the host</source>
        <translation>由主播勾选</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot run the check</source>
        <translation>无法运行检查</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Check finished: {verdict}</source>
        <translation>检查完成：{verdict}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The check run could not be saved: {error}</source>
        <translation>无法保存检查记录：{error}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the check first; then its results can be exported.</source>
        <translation>请先运行检查，然后才能导出结果。</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>no platform</source>
        <translation>无平台</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../livestudio/ui/check/checklist.py" line="+50"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Automatic probes</source>
        <translation>自动检测项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick an item when it is done; double-click it to add a note</source>
        <translation>完成后勾选；双击可添加备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click to run this probe again</source>
        <translation>双击重新运行此项自动检测</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>{title} (optional)</source>
        <translation>{title}（可选）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>not yet</source>
        <translation>待完成</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not run</source>
        <translation>未检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running…</source>
        <translation>检测中…</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../../livestudio/core/compliance.py" line="+37"/>
        <source>Absolute claim</source>
        <translation>绝对化用语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising Law Art. 9(3) bans 国家级/最高级/最佳 and other absolute terms; Douyin and TikTok Shop live rules ban superlatives (极限词) such as 最/第一/唯一/#1.</source>
        <translation>《广告法》第九条第（三）项禁止使用“国家级”“最高级”“最佳”等用语；抖音和 TikTok Shop 直播规则禁止最/第一/唯一/#1 等极限词。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Medical or efficacy claim</source>
        <translation>医疗或功效用语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising Law Art. 16–18: goods that are not medicines or medical devices may not claim to treat or cure disease or use medical terms; TikTok Shop bans unproven health claims.</source>
        <translation>《广告法》第十六至十八条：药品、医疗器械以外的商品不得宣称治疗或治愈疾病，不得使用医疗用语；TikTok Shop 禁止未经证实的健康功效宣称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guaranteed result</source>
        <translation>保证效果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising Law Art. 16 and 18 ban assurances of effect or safety; Art. 28 treats promises the goods cannot keep as false advertising.</source>
        <translation>《广告法》第十六、十八条禁止对功效、安全性作出断言或保证；第二十八条将商品做不到的承诺认定为虚假广告。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Price or urgency claim</source>
        <translation>价格或紧迫感用语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advertising Law Art. 28 and the Rules on Price Fraud (2022): &apos;lowest ever&apos; and &apos;lowest on the web&apos; need proof, or they are false advertising.</source>
        <translation>《广告法》第二十八条及《明码标价和禁止价格欺诈规定》（2022）：“史上最低”“全网最低”须有依据，否则属于虚假广告。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Off-platform deal</source>
        <translation>站外交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Douyin and TikTok Shop rules ban sending buyers to pay or order outside the platform (WeChat, transfers, DMs).</source>
        <translation>抖音和 TikTok Shop 规则禁止引导买家在平台外付款或下单（微信、转账、私信）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Names another platform</source>
        <translation>提及其他平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s live rules ban naming or sending viewers to rival platforms.</source>
        <translation>平台直播规则禁止提及其他平台或把观众引到其他平台。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your own list</source>
        <translation>自定义词</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phrase you added to the list.</source>
        <translation>你自己加入列表的词。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SAMR&apos;s guide on absolute terms (2023): words that only give an order in time or space (最近, 最后一件, 第一次), link numbers (link #1) and true material contents (100%棉) are not absolute claims.</source>
        <translation>市场监管总局《广告绝对化用语执法指南》（2023）：仅表示时间或空间顺序的词（最近、最后一件、第一次）、链接编号（link #1）和真实的材质含量（100%棉）不属于绝对化用语。</translation>
    </message>
    <message>
        <location line="+380"/>
        <source>segment {n} “{title}” cue</source>
        <translation>第 {n} 个环节“{title}”的提词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lineup item {n} “{name}” talking points</source>
        <translation>第 {n} 个排品商品“{name}”的讲解要点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>product {sku} “{name}” notes</source>
        <translation>商品 {sku}“{name}”的备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product {sku} “{name}” selling points</source>
        <translation>商品 {sku}“{name}”的卖点</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{phrase}” ({category}) — {where}</source>
        <translation>“{phrase}”（{category}）— {where}</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Type a phrase first.</source>
        <translation>请先输入一个词。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phrase is at most 200 characters.</source>
        <translation>每个词最多 200 个字符。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Script compliance</source>
        <translation>话术合规</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no absolute, medical, guarantee or price claims in what the host will say</source>
        <translation>主播话术中没有绝对化、医疗、保证或价格类违规用语</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no show chosen</source>
        <translation>未选择直播场次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the show to check its cues, talking points and selling points.</source>
        <translation>请选择直播场次，以检查其提词、讲解要点和卖点。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no banned claims found</source>
        <translation>未发现违规用语</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} phrase(s) to say differently</source>
        <translation>{n} 处需要换个说法</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/compliance/integration.py" line="+73"/>
        <source>Compliance &amp;words…</source>
        <translation>合规词库(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phrases the host should say differently (absolute, medical, guarantee and price claims) and allowed exceptions, per platform</source>
        <translation>主播需要换个说法的词（绝对化、医疗、保证和价格类用语）以及允许的例外，可按平台设置</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/compliance/marks.py" line="+30"/>
        <source>Say differently:</source>
        <translation>需换个说法：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• “{phrase}” — {category}: {why}</source>
        <translation>• “{phrase}” — {category}：{why}</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>“{phrase}” ({category})</source>
        <translation>“{phrase}”（{category}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ &lt;b&gt;Say differently:&lt;/b&gt; {phrases}</source>
        <translation>⚠ &lt;b&gt;需换个说法：&lt;/b&gt;{phrases}</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <location filename="../../livestudio/ui/compliance/plan_page.py" line="+63"/>
        <source>Phrase</source>
        <translation>用语</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phrases to say differently</source>
        <translation>需换个说法的用语</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go to</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the row where the phrase is written (double-click)</source>
        <translation>打开写有该用语的那一行（双击）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compliance &amp;words…</source>
        <translation>合规词库(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add or remove phrases and allowed exceptions, per platform</source>
        <translation>按平台添加或删除用语和允许的例外</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the {platform} list</source>
        <translation>{platform} 词库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the list for every platform</source>
        <translation>通用词库</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to say differently: no listed phrase in the cues, talking points or selling points (checked against {scope}).</source>
        <translation>无需换说法：提词、讲解要点和卖点中没有列表中的用语（已按{scope}检查）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;{n} phrase(s) to say differently&lt;/b&gt; — absolute, medical, guarantee or price claims that advertising law and the platforms ban in live selling (checked against {scope}). A warning, never a block.</source>
        <translation>&lt;b&gt;{n} 处需要换个说法&lt;/b&gt; — 广告法和平台在直播带货中禁止的绝对化、医疗、保证或价格类用语（已按{scope}检查）。仅作提醒，不会阻止开播。</translation>
    </message>
</context>
<context>
    <name>ComplianceWordsDialog</name>
    <message>
        <location filename="../../livestudio/ui/compliance/dialog.py" line="+51"/>
        <source>Compliance words</source>
        <translation>合规词库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;List for:</source>
        <translation>词库(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every platform</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find a phrase</source>
        <translation>查找用语</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset to defaults</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop your changes to the list shown</source>
        <translation>放弃你对当前词库的修改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say differently</source>
        <translation>需换个说法</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Phrase</source>
        <translation>用语</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+28"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A phrase to avoid, e.g. 秒杀全网 or &apos;best ever&apos;</source>
        <translation>要避免的用语，例如 秒杀全网 或 &apos;best ever&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+132"/>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Allowed exceptions</source>
        <translation>允许的例外</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allowed although it holds a listed phrase</source>
        <translation>虽含列表中的用语但允许使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+112"/>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Phrases for every platform are checked in every show; {platform}&apos;s own phrases and changes only in its shows.</source>
        <translation>通用用语在每场直播中检查；{platform} 自己的用语和修改只在它的直播场次中生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These phrases are checked in every show; pick a platform to add or switch off phrases for its shows only.</source>
        <translation>这些用语在每场直播中检查；选择一个平台，可只为该平台的直播场次添加或关闭用语。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>every platform</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>switched off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yours</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Switch &amp;on</source>
        <translation>重新启用(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch o&amp;n</source>
        <translation>重新启用(&amp;N)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{phrase}” added.</source>
        <translation>已添加“{phrase}”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{phrase}” allowed.</source>
        <translation>已允许“{phrase}”。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“{phrase}” switched on again.</source>
        <translation>已重新启用“{phrase}”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{phrase}” removed.</source>
        <translation>已删除“{phrase}”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset to defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop every change you made to the list for {name}?</source>
        <translation>放弃你对“{name}”词库所做的全部修改？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} change(s) dropped; the defaults are back.</source>
        <translation>已放弃 {n} 项修改，已恢复默认。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../livestudio/app.py" line="+84"/>
        <source>LiveStudio hit a problem</source>
        <translation>LiveStudio 遇到了问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong inside LiveStudio. Your data is safe: every change was saved as it was made.

Details were written to:
{path}</source>
        <translation>LiveStudio 内部出错了。你的数据是安全的：每一次修改在发生时都已保存。

详细信息已写入：
{path}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../livestudio/ui/check/detail.py" line="+22"/>
        <source>Selected item</source>
        <translation>所选项目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run this probe</source>
        <translation>运行此项自动检测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you hear the test tone?</source>
        <translation>听到测试音了吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I heard it</source>
        <translation>听到了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sound</source>
        <translation>没有声音</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a row to see its full result.</source>
        <translation>选择一行查看完整结果。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../../livestudio/ui/check/devices.py" line="+19"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh devices</source>
        <translation>刷新设备</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Start preview</source>
        <translation>开始预览</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+79"/>
        <source>Start level meter</source>
        <translation>开始电平表</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Play test tone</source>
        <translation>播放测试音</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera:</source>
        <translation>摄像头：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microphone:</source>
        <translation>麦克风：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level:</source>
        <translation>电平：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers:</source>
        <translation>扬声器：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(no camera found)</source>
        <translation>（未找到摄像头）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no microphone found)</source>
        <translation>（未找到麦克风）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no speakers found)</source>
        <translation>（未找到扬声器）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stop preview</source>
        <translation>停止预览</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stop level meter</source>
        <translation>停止电平表</translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <location filename="../../livestudio/core/plan/draft.py" line="+55"/>
        <source>How the draft is built:
• Opening and closing: 5 % of the show each (1 to 5 minutes).
• One showcase per lineup product, in lineup order, sized by role: hero 8, profit 6, traffic driver 4, giveaway 3 parts.
• A flash sale (2 parts) right after each giveaway and traffic-driver showcase.
• An interaction or lottery (alternating, 3 minutes) about every 20 minutes, between products.
• The rest of the time is shared by the parts, rounded to 5 seconds, so the run-of-show adds up exactly to the show length.
The same lineup and length always give the same draft.</source>
        <translation>草稿的生成规则：
• 开场和收尾：各占直播时长的 5 %（1 到 5 分钟）。
• 每个排品商品一个讲解环节，按排品顺序排列，按角色分配时长：爆款 8 份、利润款 6 份、引流款 4 份、福利款 3 份。
• 每个福利款和引流款讲解之后紧跟一个秒杀（2 份）。
• 大约每 20 分钟在商品之间插入一次互动或抽奖（交替进行，每次 3 分钟）。
• 其余时间按份数分配，取整到 5 秒，使直播脚本总时长与直播时长完全一致。
相同的排品和时长总是生成相同的草稿。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Showcase: {name}</source>
        <translation>讲解：{name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flash sale: {name}</source>
        <translation>秒杀：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announce the flash price and count down; watch the stock.</source>
        <translation>报出秒杀价并倒计时；注意库存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main content</source>
        <translation>主要内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening: welcome and today&apos;s lineup</source>
        <translation>开场：欢迎并介绍今日排品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Greet viewers, say what is on sale today and when the lottery is.</source>
        <translation>和观众打招呼，介绍今天上架的商品和抽奖时间。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lottery</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction: comments, likes and follows</source>
        <translation>互动：评论、点赞和关注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a winner among the comments; read the rules aloud.</source>
        <translation>从评论中抽出中奖者；念一遍抽奖规则。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer questions, ask viewers to like and follow.</source>
        <translation>回答问题，引导观众点赞和关注。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closing: recap and next show</source>
        <translation>收尾：总结与下场预告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recap the best deals, thank viewers, announce the next show.</source>
        <translation>回顾最划算的优惠，感谢观众，预告下一场直播。</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../livestudio/ui/plan/dialogs.py" line="+253"/>
        <source>Draft run-of-show from lineup</source>
        <translation>根据排品生成直播脚本草稿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A {length} show with {items} lineup products.</source>
        <translation>时长 {length} 的直播，共 {items} 个排品商品。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This replaces the {count} segments in the run-of-show now. A promotion at a flash sale or lottery moves to the matching new one; other promotions keep their times. Ctrl+Z brings the old run-of-show back.</source>
        <translation>这将替换当前直播脚本中的 {count} 个环节。秒杀或抽奖环节上的促销活动会移到对应的新环节；其他促销活动保持原时间。按 Ctrl+Z 可恢复原直播脚本。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Build the draft</source>
        <translation>生成草稿</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What past shows taught</source>
        <translation>过往直播的经验</translation>
    </message>
</context>
<context>
    <name>DraftLessons</name>
    <message>
        <location filename="../../livestudio/core/plan/lessons.py" line="+72"/>
        <source>What past shows on the same platform can change (up to 10 of the latest):
• Segment lengths: a kind of segment that ran 5 % or more over (or under) its planned time, as a median over 3 or more shows, gets that much more (or less) of the show.
• Product order: by past GMV per showcase minute, else by click-to-order; products with no history keep their place.
• Start time: the local start time (to the half hour) with the most viewers over 2 or more shows, when it beats the present one by 10 % or more.
The show length stays the same. Untick a lesson to leave it out.</source>
        <translation>同一平台过往直播场次（最近 10 场以内）可以调整的内容：
• 环节时长：某类环节在 3 场或以上直播中的实际时长中位数超出（或少于）计划 5 % 以上时，按同样比例多给（或少给）时间。
• 商品顺序：按过往每分钟讲解 GMV 排序，没有则按点击-成交转化率；没有历史数据的商品位置不变。
• 开播时间：按本地开播时间（精确到半小时）分组，2 场或以上观看人数最多、且比现在的时间高 10 % 以上的时段。
直播总时长不变。取消勾选即可不采用某条经验。</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>{kind} segments: more time</source>
        <translation>{kind}环节：加时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} segments ran {pct} % over in {n} past {platform} shows</source>
        <translation>{kind}环节在 {n} 场过往{platform}直播中超时 {pct} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} segments: less time</source>
        <translation>{kind}环节：减时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} segments ran {pct} % under in {n} past {platform} shows</source>
        <translation>{kind}环节在 {n} 场过往{platform}直播中比计划短 {pct} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the first one; the others change alike)</source>
        <translation>（第一个；其余同样调整）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name} {money}/min</source>
        <translation>{name} {money}/分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Products in order of past GMV per showcase minute in {n} past {platform} shows: {list}</source>
        <translation>按 {n} 场过往{platform}直播中每分钟讲解 GMV 排序：{list}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best sellers per minute first</source>
        <translation>每分钟成交最高的商品排在前面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} {pct} click-to-order</source>
        <translation>{name} 点击-成交转化率 {pct}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Products in order of past click-to-order in {n} past {platform} shows: {list}</source>
        <translation>按 {n} 场过往{platform}直播中的点击-成交转化率排序：{list}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best converting products first</source>
        <translation>转化最好的商品排在前面</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>({names}: no history, keep their place)</source>
        <translation>（{names}：没有历史数据，位置不变）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>average viewers</source>
        <translation>平均在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>peak viewers</source>
        <translation>最高在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows on {platform} starting at {best} had a median of {value} {what} ({n} shows); at {other}: {other_value} ({m} shows). Start {before} → {after}, same day</source>
        <translation>{platform}上 {best} 开播的场次{what}中位数为 {value}（{n} 场）；{other} 开播为 {other_value}（{m} 场）。开播时间 {before} → {after}，日期不变</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Start at {time}</source>
        <translation>{time} 开播</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../livestudio/core/durations.py" line="+71"/>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a duration</source>
        <translation>“{value}”不是有效的时长</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <location line="+37"/>
        <source>&apos;{value}&apos; is longer than LiveStudio can store</source>
        <translation>“{value}”超出 LiveStudio 能保存的时长</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+10"/>
        <source>&apos;{value}&apos; is negative; a duration must be 0 or more</source>
        <translation>“{value}”是负数；时长必须大于或等于 0</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>a duration is required</source>
        <translation>必须填写时长</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;{value}&apos;: seconds must be below 60</source>
        <translation>“{value}”：秒数必须小于 60</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos;: minutes and seconds must be below 60</source>
        <translation>“{value}”：分钟和秒数必须小于 60</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;{value}&apos; is not a duration (try 90, 1:30 or 1m30s)</source>
        <translation>“{value}”不是有效的时长（可以写 90、1:30 或 1m30s）</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../livestudio/core/excel/product_export.py" line="+42"/>
        <source>{label} ({currency})</source>
        <translation>{label}（{currency}）</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/sheets.py" line="+38"/>
        <source>{file}: LiveStudio cannot write {suffix} files; choose a name ending in {allowed}.</source>
        <translation>{file}：LiveStudio 无法写入 {suffix} 文件，请使用以 {allowed} 结尾的文件名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>extension-less</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/widgets/exported.py" line="+23"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../livestudio/ui/review/feedback.py" line="+103"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentiment</source>
        <translation>情感倾向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>提问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>已修正</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Paste comments…</source>
        <translation>粘贴评论…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take comments from the live log</source>
        <translation>从直播日志中提取评论</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keywords…</source>
        <translation>关键词…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No comments yet: import a comments export, paste them, or take them from the live log.</source>
        <translation>还没有评论：可导入评论导出文件、粘贴评论，或从直播日志中提取。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} {n}</source>
        <translation>{label} {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{topic}: {n} ({neg} negative) — e.g. {ex}</source>
        <translation>{topic}：{n} 条（{neg} 条负面）——例如 {ex}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Double-click to correct the label</source>
        <translation>双击可修正标签</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>? asks</source>
        <translation>? 提问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ by you</source>
        <translation>✔ 由你修正</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paste comments</source>
        <translation>粘贴评论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One comment per line; an optional time first (12:30 or 1:02:03).</source>
        <translation>每行一条评论；可在开头加上时间（12:30 或 1:02:03）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} comments taken from the live log</source>
        <translation>已从直播日志中提取 {n} 条评论</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../livestudio/ui/settings/dialog.py" line="+61"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeys</name>
    <message>
        <location filename="../../livestudio/ui/live/global_keys.py" line="+136"/>
        <source>“{keys}” cannot be a global hotkey: use Ctrl or Alt with a letter, digit or F-key, different for each action.</source>
        <translation>“{keys}”不能用作全局快捷键：请用 Ctrl 或 Alt 加字母、数字或 F 键，且每个操作各不相同。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Global hotkeys are not available on this system ({error}).</source>
        <translation>本系统无法使用全局快捷键（{error}）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Global hotkeys could not start ({error}).</source>
        <translation>全局快捷键未能启动（{error}）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../livestudio/ui/widgets/global_hotkeys.py" line="+69"/>
        <source>Global hotkeys are on while the Live workspace is open.</source>
        <translation>直播工作区打开期间，全局快捷键已开启。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../livestudio/ui/widgets/global_hotkeys.py" line="+1"/>
        <source>Global hotkeys are off.</source>
        <translation>全局快捷键已关闭。</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/widgets/global_hotkeys.py" line="-36"/>
        <source>Global hotkeys are not possible in a Wayland session; choose an X11 (Xorg) session at login.</source>
        <translation>Wayland 会话中无法使用全局快捷键；请在登录时选择 X11（Xorg）会话。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Global hotkeys need an X11 display, and there is none.</source>
        <translation>全局快捷键需要 X11 显示，但当前没有。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Global hotkeys need the accessibility permission: allow LiveStudio in System Settings ▸ Privacy &amp; Security ▸ Accessibility.</source>
        <translation>全局快捷键需要辅助功能权限：请在“系统设置 ▸ 隐私与安全性 ▸ 辅助功能”中允许 LiveStudio。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Global hotkeys (while another app has focus)</source>
        <translation>全局快捷键（其他应用在前台时）</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <location filename="../../livestudio/ui/obs/health_strip.py" line="+64"/>
        <source>OBS offline</source>
        <translation>OBS 未连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OBS connecting…</source>
        <translation>正在连接 OBS…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>RECONNECTING</source>
        <translation>重连中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LIVE</source>
        <translation>直播中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not streaming</source>
        <translation>未推流</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>REC</source>
        <translation>录制</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{kbps} kbps</source>
        <translation>{kbps} kbps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Video + audio sent by OBS, from its output byte count</source>
        <translation>OBS 实际发送的视频+音频码率（按输出字节数计算）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dropped {pct}</source>
        <translation>丢帧 {pct}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Frames OBS skipped over the last 10 s (encoder and network)</source>
        <translation>最近 10 秒内 OBS 跳过的帧（编码与网络）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>congestion {pct}</source>
        <translation>拥塞 {pct}</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../livestudio/ui/live/dialogs.py" line="+226"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press any key to close</source>
        <translation>按任意键关闭</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../livestudio/ui/check/history_panel.py" line="+28"/>
        <location line="+3"/>
        <source>Earlier runs</source>
        <translation>历史检查记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open run…</source>
        <translation>打开检查记录…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{when}
{verdict} · {preset}</source>
        <translation>{when}
{verdict} · {preset}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Double-click to open this run</source>
        <translation>双击打开此检查记录</translation>
    </message>
</context>
<context>
    <name>HostView</name>
    <message>
        <location filename="../../livestudio/ui/live/hostview.py" line="+32"/>
        <source>LiveStudio — host view</source>
        <translation>LiveStudio — 主播提词屏</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Waiting for the show to start</source>
        <translation>等待直播开始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n}/{total}  {title}</source>
        <translation>{n}/{total}  {title}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../livestudio/core/excel/product_import.py" line="+67"/>
        <source>{where}: {message}</source>
        <translation>{where}：{message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row {row}, column {column}: {problem}</source>
        <translation>第 {row} 行，列 {column}：{problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>column {column}: {problem}</source>
        <translation>列 {column}：{problem}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>added {added}, updated {updated}, unchanged {unchanged}, rejected {rejected}</source>
        <translation>新增 {added}，更新 {updated}，未变 {unchanged}，拒绝 {rejected}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, {n} cells left empty</source>
        <translation>，{n} 个单元格留空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {n} control characters removed</source>
        <translation>，已移除 {n} 个控制字符</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{where} has no column for {fields} (looked for names such as {examples}). Its columns are: {headers}.</source>
        <translation>{where} 中没有 {fields} 对应的列（已查找 {examples} 等列名）。其中的列为：{headers}。</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+13"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>{problem}; left empty</source>
        <translation>{problem}；已留空</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SKU &apos;{sku}&apos; also appears in row {first}; only the first is imported</source>
        <translation>商品编码 (SKU)“{sku}”也出现在第 {first} 行；只导入第一次出现的行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a new product needs a name</source>
        <translation>新商品必须填写名称</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The import was not saved ({reason}); your products are exactly as they were.</source>
        <translation>导入未保存（{reason}）；你的商品数据保持不变。</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/intake/reader.py" line="+91"/>
        <source>{file}, sheet {sheet}, row {row}, column {column}</source>
        <translation>{file}，工作表 {sheet}，第 {row} 行，{column} 列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}, row {row}, column {column}</source>
        <translation>{file}，第 {row} 行，{column} 列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {reason} (the cell holds &apos;{value}&apos;)</source>
        <translation>{where}：{reason}（单元格内容为“{value}”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: {reason}</source>
        <translation>{where}：{reason}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>sheet &apos;{sheet}&apos; of {file}</source>
        <translation>{file} 的工作表“{sheet}”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{file} is password-protected. Open it, remove the password, save it, and import it again.</source>
        <translation>{file} 设有密码保护。请打开它，取消密码并保存后重新导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../livestudio/core/intake/sniff.py" line="+130"/>
        <location filename="../../livestudio/core/intake/text.py" line="+156"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>There is nothing in {file}: every sheet is empty.</source>
        <translation>{file} 中没有内容：所有工作表都是空的。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the cell holds {n} characters, past the limit of {limit}; left empty</source>
        <translation>单元格有 {n} 个字符，超过 {limit} 个的上限；已留空</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;{value}&apos; is not a finite number; left empty</source>
        <translation>“{value}”不是有效的有限数值；已留空</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>a quote opened on line {line} is not closed where the field ends; the line was skipped so the rows after it are not merged into one cell. Check the quotes on that line.</source>
        <translation>第 {line} 行的引号在字段结束处没有闭合；已跳过该行，以免后面的行被并进同一个单元格。请检查该行的引号。</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/intake/sniff.py" line="+3"/>
        <source>{file} is empty.</source>
        <translation>{file} 是空文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is password-protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save it, and import it again.</source>
        <translation>{file} 受密码保护。请在 Excel 中打开，移除密码（文件 &gt; 信息 &gt; 保护工作簿），保存后重新导入。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{file} is not a spreadsheet or a text table. LiveStudio imports .xlsx, .xlsm, .xlsb, .xls, .ods, .csv and tab-separated text.</source>
        <translation>{file} 不是电子表格或文本表格。LiveStudio 可导入 .xlsx、.xlsm、.xlsb、.xls、.ods、.csv 和制表符分隔的文本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} is damaged and cannot be opened ({reason}). Open it in Excel or LibreOffice and save it again.</source>
        <translation>{file} 已损坏，无法打开（{reason}）。请在 Excel 或 LibreOffice 中打开并重新保存。</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>{file} was refused: its cells span A1:{last} ({area} cells) but it holds at most {n} of them, so stray cells far from the table would take {memory} of memory to read. Delete the rows and columns after the table (or the stray cells) and save it again.</source>
        <translation>{file} 已拒绝：它的单元格范围是 A1:{last}（{area} 个单元格），但其中最多只有 {n} 个有内容，读取远离表格的零散单元格将占用 {memory} 内存。请删除表格之后的行和列（或这些零散单元格），保存后再导入。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{file} was refused: its {size} of compressed data inflate to more than {inflated} (limit: {limit}, or {ratio} times the compressed size). It looks like a zip bomb, not a spreadsheet.</source>
        <translation>已拒绝 {file}：其 {size} 的压缩数据解压后超过 {inflated}（上限：{limit}，或压缩大小的 {ratio} 倍）。这看起来是压缩炸弹，而不是电子表格。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} was refused: it has more than {limit} rows (it reaches at least row {rows}). Delete the empty rows at the end of the sheet, or split the file.</source>
        <translation>已拒绝 {file}：行数超过 {limit} 行（至少到达第 {rows} 行）。请删除表格末尾的空行，或拆分文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} was refused: it reaches column {column} ({cols}), past the limit of {limit} columns.</source>
        <translation>已拒绝 {file}：内容到达 {column} 列（第 {cols} 列），超过 {limit} 列的上限。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} was refused: its cells span {first}:{last}, a sheet dimension of more than {limit} cells. Delete the stray cells far from the table and save it again.</source>
        <translation>已拒绝 {file}：单元格范围为 {first}:{last}，工作表尺寸超过 {limit} 个单元格。请删除远离表格的零散单元格后重新保存。</translation>
    </message>
    <message>
        <location line="-371"/>
        <source>the workbook part is missing</source>
        <translation>缺少工作簿部分</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/intake/reader.py" line="-230"/>
        <source>{file} has no worksheets.</source>
        <translation>{file} 中没有工作表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} has no sheet named &apos;{sheet}&apos; (it has: {sheets}).</source>
        <translation>{file} 中没有名为“{sheet}”的工作表（现有：{sheets}）。</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/excel/reader.py" line="+77"/>
        <location filename="../../livestudio/core/intake/reader.py" line="+13"/>
        <source>There is nothing in {where}: the sheet is empty.</source>
        <translation>{where} 中没有任何内容：工作表为空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No header row found in {where}: none of the first {n} rows names a column such as SKU, Name or Price (商品编码, 商品名称, 售价).</source>
        <translation>在 {where} 中未找到表头行：前 {n} 行中没有任何一行包含 SKU、Name 或 Price（商品编码、商品名称、售价）等列名。</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/intake/text.py" line="-78"/>
        <source>{file}: the text encoding could not be told apart (tried UTF-8, UTF-16, GB18030, Big5, Shift-JIS, Windows-1252). In Excel choose Save as &gt; CSV UTF-8, and import that file.</source>
        <translation>{file}：无法识别文本编码（已尝试 UTF-8、UTF-16、GB18030、Big5、Shift-JIS、Windows-1252）。请在 Excel 中选择“另存为 &gt; CSV UTF-8”，再导入该文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: line {line} is not valid {encoding} text.</source>
        <translation>{file}：第 {line} 行不是有效的 {encoding} 文本。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{file} was refused: it is {size}, past the limit of {limit} for a text table.</source>
        <translation>已拒绝 {file}：文件大小为 {size}，超过文本表格 {limit} 的上限。</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/widgets/open_table.py" line="+18"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../livestudio/ui/review/dialogs.py" line="+56"/>
        <location line="+74"/>
        <source>Import platform data</source>
        <translation>导入平台数据</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>A TikTok Shop, Douyin Compass or other export (.xlsx / .csv)</source>
        <translation>TikTok Shop、抖音电商罗盘或其他平台导出的文件（.xlsx / .csv）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds:</source>
        <translation>数据类型：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns (change any that were detected wrongly)</source>
        <translation>列对应（如有识别错误请修改）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview (first rows as they will be stored)</source>
        <translation>预览（前几行的保存效果）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows skipped and cells left empty</source>
        <translation>跳过的行和留空的单元格</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Columns remembered on {date} for these columns — &lt;a href=&quot;change&quot;&gt;change&lt;/a&gt;</source>
        <translation>已按 {date} 为这些列记住的对应关系读取 —— &lt;a href=&quot;change&quot;&gt;更改&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} control characters (invisible bytes such as NUL) were removed.</source>
        <translation>已移除 {n} 个控制字符（如 NUL 等不可见字节）。</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot import:</source>
        <translation>无法导入：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>— not imported</source>
        <translation>— 不导入</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Left empty: {what}</source>
        <translation>留空：{what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{kind}&lt;/b&gt; from {platform}, sheet “{sheet}”, header on row {row}.</source>
        <translation>来自 {platform} 的&lt;b&gt;{kind}&lt;/b&gt;，工作表“{sheet}”，表头在第 {row} 行。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not imported: {cols}</source>
        <translation>不导入：{cols}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import {n} rows</source>
        <translation>导入 {n} 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import {n} rows, skip {m}</source>
        <translation>导入 {n} 行，跳过 {m} 行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also fill the {n} other shows whose start time matches a row</source>
        <translation>同时填充开始时间与某行匹配的其他 {n} 个直播场次</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../livestudio/ui/widgets/jobs.py" line="+50"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>KeywordsDialog</name>
    <message>
        <location filename="../../livestudio/ui/review/dialogs.py" line="+140"/>
        <source>Comment keywords</source>
        <translation>评论关键词</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Built-in list</source>
        <translation>内置词表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comments are labelled by these words. Labels you corrected by hand are kept.</source>
        <translation>评论会按这些词自动打标签。你手动修改过的标签会保留。</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <location filename="../../livestudio/ui/review/overview.py" line="+89"/>
        <source>Goal {goal}</source>
        <translation>目标 {goal}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} pp</source>
        <translation>{n} pp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ Goal {goal} met (+{by})</source>
        <translation>✔ 已达成目标 {goal}（+{by}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✘ Goal {goal} missed by {by}</source>
        <translation>✘ 未达成目标 {goal}，差 {by}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{d} vs previous</source>
        <translation>较上一场 {d}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{d} vs {note}</source>
        <translation>较{note} {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{d} vs median of last {n}</source>
        <translation>较近 {n} 场中位数 {d}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shown as — because: {reason}</source>
        <translation>显示为 — 的原因：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous show “{title}”: {v}</source>
        <translation>上一场“{title}”：{v}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../livestudio/core/labels.py" line="+28"/>
        <source>Opening</source>
        <translation>开场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showcase</source>
        <translation>商品讲解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Lottery</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+16"/>
        <source>Flash sale</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Brand story</source>
        <translation>品牌故事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q&amp;A</source>
        <translation>问答（Q&amp;A）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>收尾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traffic driver</source>
        <translation>引流款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hero</source>
        <translation>爆款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit</source>
        <translation>利润款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giveaway</source>
        <translation>福利款</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>已复盘</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Solo</source>
        <translation>单人直播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duo / with a guest</source>
        <translation>双人 / 有嘉宾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenario</source>
        <translation>情景剧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Game</source>
        <translation>游戏互动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before the show</source>
        <translation>开播前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During the show</source>
        <translation>直播中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the show</source>
        <translation>下播后</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supply</source>
        <translation>货品供应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>观众</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../../livestudio/ui/check/media.py" line="+15"/>
        <location line="+43"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>no microphone</source>
        <translation>无麦克风</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>silent</source>
        <translation>无声</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{db:.0f} dBFS</source>
        <translation>{db:.0f} dBFS</translation>
    </message>
</context>
<context>
    <name>LineupPage</name>
    <message>
        <location filename="../../livestudio/ui/plan/lineup_page.py" line="+45"/>
        <source>&amp;Add products…</source>
        <translation>添加商品(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag rows to reorder. Double-click a cell to edit.</source>
        <translation>拖动行可调整顺序。双击单元格可编辑。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Reorder lineup</source>
        <translation>调整排品顺序</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit lineup</source>
        <translation>编辑排品</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove from lineup</source>
        <translation>从排品中移除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{items} items · potential GMV at allocated stock {gmv} · average margin {margin}</source>
        <translation>{items} 个商品 · 按分配库存计算的潜在 GMV {gmv} · 平均毛利率 {margin}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} allocated above stock on hand</source>
        <translation>{n} 个商品的分配量超过现有库存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sold below cost</source>
        <translation>{n} 个商品低于成本价销售</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Potential GMV = Σ live price × allocated stock. Average margin = mean of (live price − cost) ÷ live price over items with both.</source>
        <translation>潜在 GMV = Σ 直播价 × 分配库存。平均毛利率 = 同时有直播价和成本的商品的 (直播价 − 成本) ÷ 直播价 的平均值。</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <location filename="../../livestudio/core/live/clock.py" line="+75"/>
        <source>“{title}” is being driven by another LiveStudio window (on {host}, process {pid}, last seen {secs} s ago). Close the show there first; this window only shows it.</source>
        <translation>“{title}”正由另一个 LiveStudio 窗口控制（在 {host} 上，进程 {pid}，{secs} 秒前仍在运行）。请先在那里关闭本场直播；此窗口只能查看。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The store is busy (another program is writing to it). Try again in a moment.</source>
        <translation>数据库正忙（另一个程序正在写入）。请稍后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full: free space on {drive}, then try again.</source>
        <translation>磁盘已满：请在 {drive} 上腾出空间后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store is on a read-only disk or folder: {path}</source>
        <translation>数据库位于只读的磁盘或文件夹中：{path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store could not be written ({reason}).</source>
        <translation>无法写入数据库（{reason}）。</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Live run {id} does not exist.</source>
        <translation>直播记录 {id} 不存在。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Show {id} does not exist.</source>
        <translation>直播场次 {id} 不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{title}” has no run-of-show segments yet; add some in Plan first.</source>
        <translation>“{title}”还没有直播脚本环节，请先在“策划”中添加。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The show has ended.</source>
        <translation>直播已结束。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>This live run was ended elsewhere (from the command line or another window); nothing more is logged to it.</source>
        <translation>这条直播记录已在别处结束（命令行或另一个窗口）；不会再记录任何内容。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The clock is already paused.</source>
        <translation>计时已暂停。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clock is already running.</source>
        <translation>计时已在进行中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the last segment; end the show to finish.</source>
        <translation>这是最后一个环节；结束直播即可完成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the first segment.</source>
        <translation>这是第一个环节。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no segment {n}.</source>
        <translation>没有第 {n} 个环节。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Every planned promotion has been started.</source>
        <translation>所有计划中的促销活动都已开始。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A viewer count cannot be negative.</source>
        <translation>观看人数不能为负数。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/live/engine.py" line="+236"/>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+{time} behind</source>
        <translation>落后 +{time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-{time} ahead</source>
        <translation>提前 -{time}</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Time is up: {title}</source>
        <translation>时间到：{title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Promotion over: {title}</source>
        <translation>活动结束：{title}</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/live/outputs.py" line="+61"/>
        <source>{title} {time} — {left} left</source>
        <translation>{title} {time} — 剩余 {left}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} {time}</source>
        <translation>{title} {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next: {title}</source>
        <translation>下一个：{title}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{n} left</source>
        <translation>剩 {n} 件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>in {time}</source>
        <translation>{time} 后</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} / {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>OBS text files are written again in {folder}.</source>
        <translation>OBS 文本文件已恢复写入 {folder}。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not write the OBS text files in {folder}: {reason}. LiveStudio keeps trying.</source>
        <translation>无法写入 {folder} 中的 OBS 文本文件：{reason}。LiveStudio 会继续重试。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The overlay server only listens on 127.0.0.1 (this computer); refusing to start on {host}.</source>
        <translation>叠加层服务器只监听 127.0.0.1（本机）；拒绝在 {host} 上启动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <location filename="../../livestudio/core/live/server.py" line="+386"/>
        <source>{port} is not a valid port (0-65535).</source>
        <translation>{port} 不是有效端口（0-65535）。</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/live/server.py" line="-104"/>
        <source>The studio network needs the address of one network interface, not {address}.</source>
        <translation>工作室网络需要一个网络接口的地址，而不是 {address}。</translation>
    </message>
</context>
<context>
    <name>LiveKeys</name>
    <message>
        <location filename="../../livestudio/ui/live/keys.py" line="+46"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start / pause / resume</source>
        <translation>开始 / 暂停 / 继续</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N or →</source>
        <translation>N 或 →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next segment</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P or ←</source>
        <translation>P 或 ←</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous segment</source>
        <translation>上一环节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a minute to this segment</source>
        <translation>本环节加一分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a minute off this segment</source>
        <translation>本环节减一分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log a sale of the chosen product</source>
        <translation>为所选商品记录成交一单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shift+S</source>
        <translation>Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the product S logs (the segment&apos;s own by default)</source>
        <translation>选择 S 记录的商品（默认为本环节的商品）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type a viewer count</source>
        <translation>输入在线人数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log a comment or question</source>
        <translation>记录评论或提问</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log an incident</source>
        <translation>记录异常情况</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start the next planned promotion</source>
        <translation>开始下一个计划中的促销活动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shift+F</source>
        <translation>Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start an ad-hoc promotion</source>
        <translation>开始临时活动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop a running promotion</source>
        <translation>停止进行中的活动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>G or 1–9</source>
        <translation>G 或 1–9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go to segment… (type its number, Enter)</source>
        <translation>跳到环节…（输入编号，回车）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tighten the remaining segments…</source>
        <translation>压缩剩余环节…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advance: manual ⇄ automatic at zero</source>
        <translation>切换方式：手动 ⇄ 归零时自动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host view (full screen) on / off</source>
        <translation>打开 / 关闭主播提词屏（全屏）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mini clock (small, always on top) on / off</source>
        <translation>打开 / 关闭迷你计时器（小窗，始终置顶）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS: hold the scene / follow the run-of-show again</source>
        <translation>OBS：锁定当前场景 / 恢复按直播脚本切换</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shift+O</source>
        <translation>Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS: switch to a scene by hand</source>
        <translation>OBS：手动切换场景</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the message to the host (Enter or Esc: back)</source>
        <translation>编辑给主播的消息（回车或 Esc 返回）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undo the last log entry</source>
        <translation>撤销上一条日志记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end the show (asks first) / summary</source>
        <translation>结束直播（会先确认）/ 查看总结</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>? or F1</source>
        <translation>? 或 F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this sheet</source>
        <translation>显示本帮助</translation>
    </message>
</context>
<context>
    <name>LiveLog</name>
    <message>
        <location filename="../../livestudio/core/live/present.py" line="+85"/>
        <source>{title} {time} · {left} of {limit} left</source>
        <translation>{title} {time} · 剩余 {left}/{limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} {time} · {n} sold</source>
        <translation>{title} {time} · 已售 {n}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sale: {units}, no product</source>
        <translation>成交：{units} 单，未指定商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale: {units} × {name}</source>
        <translation>成交：{units} × {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewers: {n}</source>
        <translation>在线人数：{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment: {text}</source>
        <translation>评论：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident: {text}</source>
        <translation>异常情况：{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {text}</source>
        <translation>备注：{text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {time} to the segment</source>
        <translation>本环节加时 {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took {time} off the segment</source>
        <translation>本环节减时 {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotion started: {title}</source>
        <translation>活动开始：{title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promotion stopped: {title}</source>
        <translation>活动停止：{title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotion stopped</source>
        <translation>活动已停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Went to segment {n}</source>
        <translation>跳到第 {n} 个环节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment {n} will be skipped</source>
        <translation>将跳过第 {n} 个环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment {n} is back in the show</source>
        <translation>第 {n} 个环节恢复，不再跳过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Advance: automatic at zero</source>
        <translation>切换方式：归零时自动切换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance: manual</source>
        <translation>切换方式：手动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next segment (automatic)</source>
        <translation>下一环节（自动）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next segment</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone: the last entry</source>
        <translation>已撤销上一条记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time is up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promotion over</source>
        <translation>活动结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show started</source>
        <translation>直播开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed</source>
        <translation>已继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous segment</source>
        <translation>上一环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining segments tightened</source>
        <translation>已压缩剩余环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show ended</source>
        <translation>直播结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log entry</source>
        <translation>日志记录</translation>
    </message>
</context>
<context>
    <name>LiveObs</name>
    <message>
        <location filename="../../livestudio/ui/live/obs_bridge.py" line="+42"/>
        <source>OBS refused: {reason}</source>
        <translation>OBS 拒绝了请求：{reason}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>OBS is still streaming and recording.</source>
        <translation>OBS 仍在推流和录制。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OBS is still streaming.</source>
        <translation>OBS 仍在推流。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OBS is still recording.</source>
        <translation>OBS 仍在录制。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop OBS too?</source>
        <translation>同时停止 OBS？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop it now? (Your viewers see the end of the stream.)</source>
        <translation>现在停止吗？（观众会看到直播结束。）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OBS stream and recording stopped.</source>
        <translation>OBS 推流和录制已停止。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>OBS scene held: segment changes leave it as it is.</source>
        <translation>OBS 场景已锁定：切换环节时不再切换场景。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OBS scene follows the run-of-show again.</source>
        <translation>OBS 场景重新按直播脚本切换。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OBS scene: {scene} (held; press O to follow the run-of-show)</source>
        <translation>OBS 场景：{scene}（已锁定；按 O 恢复按直播脚本切换）</translation>
    </message>
</context>
<context>
    <name>LiveObsPanel</name>
    <message>
        <location filename="../../livestudio/ui/live/obs_panel.py" line="+36"/>
        <source>Start OBS streaming with Go live</source>
        <translation>开播时启动 OBS 推流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and recording</source>
        <translation>并录制</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved with this show. End show asks before stopping OBS; it never stops it silently.</source>
        <translation>随本场直播保存。结束直播时会先询问再停止 OBS，绝不会悄悄停止。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>scene held (O)</source>
        <translation>场景已锁定（O）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>OBS is not connected (Tools ▸ OBS).</source>
        <translation>OBS 未连接（工具 ▸ OBS）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OBS scene</source>
        <translation>OBS 场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a number or a name, Enter switches OBS to it (held until O).</source>
        <translation>输入编号或名称，按回车切换 OBS 场景（锁定，按 O 解除）。</translation>
    </message>
</context>
<context>
    <name>LiveRecovery</name>
    <message>
        <location filename="../../livestudio/ui/live/integration.py" line="+62"/>
        <source>A show is live in another window</source>
        <translation>另一个窗口正在直播</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The show was not ended</source>
        <translation>本场直播未结束</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The show was not resumed</source>
        <translation>本场直播未继续</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resume the live show “{title}” (running {time})?</source>
        <translation>继续直播“{title}”（已进行 {time}）？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live: folder for OBS text files…</source>
        <translation>直播：OBS 文本文件夹…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live: overlay server for OBS (127.0.0.1)</source>
        <translation>直播：OBS 叠加层服务器（127.0.0.1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live: studio network (phones and tablets)…</source>
        <translation>直播：演播室网络（手机和平板）…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mini clock</source>
        <translation>迷你计时器(&amp;M)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Folder for OBS text files</source>
        <translation>OBS 文本文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OBS text files (segment.txt, remaining.txt, promo.txt, next.txt) go to {folder}</source>
        <translation>OBS 文本文件（segment.txt、remaining.txt、promo.txt、next.txt）将保存到 {folder}</translation>
    </message>
</context>
<context>
    <name>LiveWorkspace</name>
    <message>
        <location filename="../../livestudio/ui/live/toolbar.py" line="+33"/>
        <source>&amp;Show:</source>
        <translation>直播场次(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+69"/>
        <source>Start show (Space)</source>
        <translation>开始直播 (Space)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>&amp;Advance:</source>
        <translation>切换方式(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual (N / →)</source>
        <translation>手动 (N / →)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic at zero</source>
        <translation>归零时自动切换</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tighten… (T)</source>
        <translation>压缩剩余环节… (T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Host view (H)</source>
        <translation>主播提词屏 (H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mini clock (K)</source>
        <translation>迷你计时器 (K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A small clock that stays on top of every window; drag it where you can see it.</source>
        <translation>一个始终显示在所有窗口之上的小计时器；把它拖到你看得见的位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>End show (Ctrl+End)</source>
        <translation>结束直播 (Ctrl+End)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show summary… (Ctrl+End)</source>
        <translation>查看总结… (Ctrl+End)</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Shorten (or stretch) the segments still to come so the show ends at its planned time. You see the new durations before anything changes.</source>
        <translation>缩短（或延长）后续环节，让直播按计划时间结束。更改前会先显示新的时长。</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/clock_panel.py" line="+49"/>
        <source>Time left in this segment. Amber from the warning lead (default 2:00), orange from 1:00, red and counting up in overtime.</source>
        <translation>本环节剩余时间。进入提醒时间（默认 2:00）后变为琥珀色，1:00 起变为橙色，超时后变红并正向计时。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Projected end minus planned end: &apos;+&apos; means behind the plan, &apos;-&apos; ahead.</source>
        <translation>预计结束时间减去计划结束时间：&apos;+&apos; 表示落后于计划，&apos;-&apos; 表示提前。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show elapsed</source>
        <translation>直播已进行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show remaining</source>
        <translation>直播剩余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against plan</source>
        <translation>与计划对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected end</source>
        <translation>预计结束</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/promotions_panel.py" line="+22"/>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../livestudio/ui/live/workspace.py" line="+343"/>
        <source>No promotion running.</source>
        <translation>当前没有进行中的活动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start next planned (F)</source>
        <translation>开始下一个计划活动 (F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad-hoc promotion… (Shift+F)</source>
        <translation>临时活动… (Shift+F)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stop (X)</source>
        <translation>停止 (X)</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/runofshow.py" line="+170"/>
        <source>&lt;b&gt;Run-of-show&lt;/b&gt;</source>
        <translation>&lt;b&gt;直播脚本&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Segment</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+/−</source>
        <translation>+/−</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Double-click a segment to go to it; right-click to skip it.</source>
        <translation>双击环节可跳转到该环节；右键单击可跳过。</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/log_panel.py" line="+20"/>
        <source>&lt;b&gt;Live log&lt;/b&gt;</source>
        <translation>&lt;b&gt;直播日志&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every action is logged here and saved the moment it happens.</source>
        <translation>每个操作都会记录在这里，并在发生时立即保存。</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/entry.py" line="+60"/>
        <source>Viewers now:</source>
        <translation>当前在线：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment or question:</source>
        <translation>评论或提问：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident:</source>
        <translation>异常情况：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad-hoc promotion:</source>
        <translation>临时活动：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Message to host (M):</source>
        <translation>给主播的消息 (M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown on the host view, e.g. &apos;Stock of lip tint low&apos;</source>
        <translation>显示在主播提词屏上，例如“唇釉库存不多”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;link</source>
        <translation>闪烁(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/workspace.py" line="+26"/>
        <source>(untitled show)</source>
        <translation>（未命名场次）</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/controller.py" line="+105"/>
        <source>Choose a show first (make one in Plan).</source>
        <translation>请先选择一个直播场次（可在“策划”中新建）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live: {title}</source>
        <translation>直播：{title}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The show has ended. Click “Start show” to run it again.</source>
        <translation>本场直播已结束。点击“开播”可重新开始。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(no product)</source>
        <translation>（未指定商品）</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/runofshow.py" line="+36"/>
        <source>Go to this segment now</source>
        <translation>立即跳到这个环节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not skip</source>
        <translation>不跳过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip this segment</source>
        <translation>跳过这个环节</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/workspace.py" line="-86"/>
        <location line="+31"/>
        <location line="+19"/>
        <location line="+89"/>
        <source>Start the show first.</source>
        <translation>请先开播。</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/entry.py" line="-42"/>
        <source>e.g. 1250</source>
        <translation>例如 1250</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 有没有小样? Any samples?</source>
        <translation>例如 有没有小样？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. stream froze 20 s</source>
        <translation>例如 画面卡住 20 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title, duration, units — e.g. 秒杀 2:00 50</source>
        <translation>标题、时长、件数 — 例如 秒杀 2:00 50</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/controller.py" line="+38"/>
        <source>&apos;{text}&apos; is not a viewer count; type a whole number.</source>
        <translation>“{text}”不是有效的在线人数，请输入整数。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Ad-hoc promotion</source>
        <translation>临时活动</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/workspace.py" line="-267"/>
        <source>Press ? for every key.</source>
        <translation>按 ? 查看全部快捷键。</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>S logs a sale of: {name}  (Shift+S to choose)</source>
        <translation>S 记录成交的商品：{name}（Shift+S 选择）</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>End the show?</source>
        <translation>结束直播？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End “{title}” now? The clock stops and the summary opens.</source>
        <translation>现在结束“{title}”？计时将停止，并打开本场总结。</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+6"/>
        <source>OBS is not set up (Tools ▸ OBS).</source>
        <translation>尚未设置 OBS（工具 ▸ OBS）。</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/toolbar.py" line="+40"/>
        <source>Full screen on {name} ({w}×{h})</source>
        <translation>在 {name} 上全屏显示（{w}×{h}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close host view</source>
        <translation>关闭主播提词屏</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/controller.py" line="+215"/>
        <source>The overlay server could not start on port {port}: {reason}</source>
        <translation>无法在端口 {port} 上启动叠加层服务：{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overlay for OBS: {url}</source>
        <translation>OBS 叠加层：{url}</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/clock_panel.py" line="+19"/>
        <source>No show chosen</source>
        <translation>未选择场次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a show above, then press Space to start.</source>
        <translation>请在上方选择一个场次，然后按空格键开播。</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/live/present.py" line="-88"/>
        <source>Ready · {n} segments · {planned} planned</source>
        <translation>就绪 · {n} 个环节 · 计划 {planned}</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Press Space to start the show.</source>
        <translation>按空格键开播。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto-advance</source>
        <translation>自动切换</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment {n} of {total} · {state} · {mode}</source>
        <translation>第 {n}/{total} 个环节 · {state} · {mode}</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The show has ended.</source>
        <translation>本场直播已结束。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next in {time}: {title}</source>
        <translation>{time} 后进入：{title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next, due now: {title}</source>
        <translation>下一环节，现在开始：{title}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Last segment — end the show when done.</source>
        <translation>最后一个环节 — 完成后请结束直播。</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/runofshow.py" line="-79"/>
        <source>{now} (was {was})</source>
        <translation>{now}（原为 {was}）</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/pickers.py" line="+135"/>
        <location filename="../../livestudio/ui/live/runofshow.py" line="+4"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to segment</source>
        <translation>跳到环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the segment&apos;s number or part of its title; Enter goes there, Delete skips it (or brings it back), Esc cancels.</source>
        <translation>输入环节编号或标题中的文字；回车跳转，Delete 跳过该环节（或恢复），Esc 取消。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The current segment&apos;s product</source>
        <translation>当前环节的商品</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product for S</source>
        <translation>S 记录的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which product does S log? Enter chooses, Esc keeps the current choice.</source>
        <translation>S 记录哪个商品的成交？回车选择，Esc 保持当前选择。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop a promotion</source>
        <translation>停止活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which promotion stops now? Enter stops it, Esc cancels.</source>
        <translation>现在停止哪个活动？回车停止，Esc 取消。</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/promotions_panel.py" line="+19"/>
        <source>{left} of {limit} left</source>
        <translation>剩余 {left}/{limit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} sold</source>
        <translation>已售 {n}</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/live/toolbar.py" line="+13"/>
        <source>Start a new run</source>
        <translation>重新开始一场</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause (Space)</source>
        <translation>暂停（Space）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume (Space)</source>
        <translation>继续（Space）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../livestudio/ui/main_window.py" line="+106"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your product catalog, in and out as Excel.</source>
        <translation>你的商品库，可用 Excel 导入导出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan</source>
        <translation>策划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals, audience, lineup, run-of-show, promotions, preparation and risks.</source>
        <translation>目标、受众、选品排品、直播脚本、促销、筹备任务和应急预案。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pre-stream checklist that probes camera, microphone, network and disk.</source>
        <translation>开播前检查清单：自动检测摄像头、麦克风、网络和磁盘。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Live</source>
        <translation>直播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The show clock, segment cues, promotion countdowns and the live log.</source>
        <translation>直播计时、环节提示、促销倒计时和直播记录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform data, KPIs, charts against the run-of-show, and the report.</source>
        <translation>平台数据、核心指标、对照直播脚本的图表，以及复盘报告。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>LiveStudio</source>
        <translation>LiveStudio 直播工作室</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup could not be restored: {reason}
Your data was not changed.</source>
        <translation>无法恢复该备份：{reason}
你的数据没有被改动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored {name}.

The data you had before is kept as {copy}.

LiveStudio will now restart.</source>
        <translation>已恢复 {name}。

恢复前的数据保存在 {copy}。

LiveStudio 现在将重新启动。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import products…</source>
        <translation>导入商品(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export products…</source>
        <translation>导出商品(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;OBS Studio…</source>
        <translation>OBS Studio(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../livestudio/app.py" line="+342"/>
        <location filename="../../livestudio/ui/main_window.py" line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/main_window.py" line="+1"/>
        <source>&amp;About LiveStudio</source>
        <translation>关于 LiveStudio(&amp;A)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite database (*.sqlite3)</source>
        <translation>SQLite 数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/window_menus.py" line="+40"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Host view</source>
        <translation>主播视图(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <location filename="../../livestudio/ui/review/dialogs.py" line="-132"/>
        <source>Enter the show&apos;s numbers</source>
        <translation>填写本场数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units sold</source>
        <translation>成交件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views (PV)</source>
        <translation>观看次数（场观）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique viewers (UV)</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak concurrent</source>
        <translation>最高在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average concurrent</source>
        <translation>平均在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average watch time</source>
        <translation>人均观看时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>新增粉丝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>分享数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product impressions</source>
        <translation>商品曝光次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product clicks</source>
        <translation>商品点击次数</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Leave a number empty when you do not know it; it is shown as “—”, never 0.</source>
        <translation>不知道的数据请留空；留空会显示为“—”，不会记为 0。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../livestudio/ui/products/dialogs.py" line="+72"/>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LiveStudio could not tell which column of {where} holds some product fields. Choose the column for each field; fields marked * are required.</source>
        <translation>LiveStudio 无法判断 {where} 中哪一列对应某些商品字段。请为每个字段选择对应的列；标 * 的字段为必填。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(not in this file)</source>
        <translation>（此文件中没有）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column {letter}: {header}</source>
        <translation>{letter} 列：{header}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remember this for files with the same columns</source>
        <translation>列相同的文件记住此设置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview import</source>
        <translation>预览导入</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a column for {fields}.</source>
        <translation>请为{fields}选择一列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One column is chosen for both {a} and {b}.</source>
        <translation>{a}和{b}选择了同一列。</translation>
    </message>
</context>
<context>
    <name>MiniClock</name>
    <message>
        <location filename="../../livestudio/ui/live/miniclock.py" line="+54"/>
        <source>LiveStudio — mini clock</source>
        <translation>LiveStudio — 迷你计时器</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Drag to resize</source>
        <translation>拖动可调整大小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag to move · corner to resize · Esc closes</source>
        <translation>拖动可移动 · 拖角可调整大小 · Esc 关闭</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{n}/{total}  {title}</source>
        <translation>{n}/{total}  {title}</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../livestudio/core/money.py" line="+63"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not a finite number</source>
        <translation>“{value}”不是有效的有限数值</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{value} is larger than LiveStudio can store</source>
        <translation>{value} 超出 LiveStudio 能保存的范围</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is negative; a price must be 0 or more</source>
        <translation>{value} 是负数；价格必须大于或等于 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value} has more than {digits} decimals</source>
        <translation>{value} 的小数位超过 {digits} 位</translation>
    </message>
</context>
<context>
    <name>NewShowDialog</name>
    <message>
        <location filename="../../livestudio/ui/plan/dialogs.py" line="-228"/>
        <source>New blank show</source>
        <translation>新建空白场次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New show from a template</source>
        <translation>从模板新建场次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate show</source>
        <translation>复制场次</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}  ·  {minutes} min  ·  {lang}</source>
        <translation>{name}  ·  {minutes} 分钟  ·  {lang}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. Friday night skincare special</source>
        <translation>例如 周五晚护肤专场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Starts ({zone}):</source>
        <translation>开播时间（{zone}）(&amp;S)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{description}
{segments} segments · {promotions} promotions · {tasks} tasks · {risks} risks</source>
        <translation>{description}
{segments} 个环节 · {promotions} 个活动 · {tasks} 个任务 · {risks} 个风险</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A show needs a title.</source>
        <translation>直播场次需要填写标题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a template.</source>
        <translation>请选择一个模板。</translation>
    </message>
</context>
<context>
    <name>Obs</name>
    <message>
        <location filename="../../livestudio/core/checks/probes.py" line="-17"/>
        <location filename="../../livestudio/core/obs/probe.py" line="+65"/>
        <source>OBS Studio</source>
        <translation>OBS Studio</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/obs/client.py" line="+60"/>
        <source>OBS: not configured</source>
        <translation>OBS：未设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OBS: connecting to {url}…</source>
        <translation>OBS：正在连接 {url}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connected to OBS {version}</source>
        <translation>已连接 OBS {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OBS: wrong password</source>
        <translation>OBS：密码错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OBS asks for a password: enter it in Tools ▸ OBS</source>
        <translation>OBS 需要密码：请在“工具 ▸ OBS”中填写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OBS: no answer at {url} ({detail})</source>
        <translation>OBS：{url} 无响应（{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS: disconnected ({detail})</source>
        <translation>OBS：已断开（{detail}）</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>OBS closed</source>
        <translation>OBS 已关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>not connected to OBS</source>
        <translation>未连接 OBS</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+58"/>
        <source>OBS did not answer in time</source>
        <translation>OBS 未及时响应</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>the connection to OBS closed</source>
        <translation>与 OBS 的连接已关闭</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no answer in {s:.0f} s</source>
        <translation>{s:.0f} 秒内无响应</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/obs/link.py" line="+37"/>
        <source>OBS disconnected</source>
        <translation>OBS 已断开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OBS connected again after {duration}</source>
        <translation>OBS 在 {duration} 后重新连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream stopped in OBS</source>
        <translation>OBS 中的推流已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream reconnecting</source>
        <translation>推流重连中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream recovered after {duration} reconnecting</source>
        <translation>推流重连 {duration} 后恢复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropping frames: {pct:.1f} % of frames skipped</source>
        <translation>丢帧：{pct:.1f}% 的帧被跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames back to normal after {duration}</source>
        <translation>{duration} 后帧率恢复正常</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/obs/probe.py" line="+1"/>
        <source>{w}x{h} at {fps} fps, ≤ {kbps} kbps; scenes of the run-of-show</source>
        <translation>{w}x{h}，{fps} fps，≤ {kbps} kbps；直播脚本中的场景</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set OBS&apos;s address in Tools ▸ OBS to check it here.</source>
        <translation>在“工具 ▸ OBS”中填写 OBS 地址后即可在此检查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the password in Tools ▸ OBS (OBS ▸ Tools ▸ WebSocket Server Settings).</source>
        <translation>请核对“工具 ▸ OBS”中的密码（OBS ▸ 工具 ▸ WebSocket 服务器设置）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OBS asks for a password: enter it in Tools ▸ OBS.</source>
        <translation>OBS 需要密码：请在“工具 ▸ OBS”中填写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start OBS and enable its WebSocket server (OBS ▸ Tools ▸ WebSocket Server Settings).</source>
        <translation>请启动 OBS 并开启 WebSocket 服务器（OBS ▸ 工具 ▸ WebSocket 服务器设置）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>OBS sends {w}x{h}, the preset is {pw}x{ph}</source>
        <translation>OBS 输出 {w}x{h}，预设为 {pw}x{ph}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OBS runs at {fps:.0f} fps, the preset at {pfps} fps</source>
        <translation>OBS 帧率 {fps:.0f} fps，预设为 {pfps} fps</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>video bitrate {kbps} kbps is above the preset&apos;s {pk} kbps (the upload test assumed {pk})</source>
        <translation>视频码率 {kbps} kbps 高于预设的 {pk} kbps（上传测试按 {pk} 计算）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>video bitrate {kbps} kbps is under half the preset&apos;s {pk} kbps: the picture will be soft</source>
        <translation>视频码率 {kbps} kbps 不到预设 {pk} kbps 的一半：画面会发糊</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no stream server set in OBS (Settings ▸ Stream)</source>
        <translation>OBS 未设置推流服务器（设置 ▸ 直播）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OBS has no stream key (Settings ▸ Stream)</source>
        <translation>OBS 中没有推流码（设置 ▸ 直播）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scenes missing in OBS: {names}</source>
        <translation>OBS 中缺少场景：{names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>OBS skipped {pct:.1f} % of frames in {s:.0f} s: close other programs or lower the preset</source>
        <translation>OBS 在 {s:.0f} 秒内跳过了 {pct:.1f}% 的帧：请关闭其他程序或降低预设</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OBS skipped {pct:.1f} % of frames in {s:.0f} s</source>
        <translation>OBS 在 {s:.0f} 秒内跳过了 {pct:.1f}% 的帧</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OBS {version}: {w}x{h} {fps:.0f} fps, {encoder} {kbps}</source>
        <translation>OBS {version}：{w}x{h} {fps:.0f} fps，{encoder} {kbps}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{kbps} kbps</source>
        <translation>{kbps} kbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bitrate in encoder settings</source>
        <translation>码率见编码器设置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stream server {server} (key not shown)</source>
        <translation>推流服务器 {server}（不显示推流码）</translation>
    </message>
</context>
<context>
    <name>ObsDialog</name>
    <message>
        <location filename="../../livestudio/ui/obs/dialog.py" line="+34"/>
        <source>OBS Studio</source>
        <translation>OBS Studio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>LiveStudio can switch OBS scenes with your run-of-show, start and stop the stream with the show, and watch the stream&apos;s health. In OBS, turn on Tools ▸ WebSocket Server Settings ▸ Enable WebSocket server.</source>
        <translation>LiveStudio 可以按直播脚本切换 OBS 场景，随直播开始和结束推流，并监测推流状态。请在 OBS 中开启“工具 ▸ WebSocket 服务器设置 ▸ 开启 WebSocket 服务器”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>as set in OBS (kept in your system&apos;s key store)</source>
        <translation>与 OBS 中设置的相同（保存在系统密钥库中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer running OBS:</source>
        <translation>运行 OBS 的电脑：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Do not use OBS</source>
        <translation>不使用 OBS</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No secure key store on this computer ({reason}): the password cannot be kept. Run OBS without a password on this computer only, or set LIVESTUDIO_OBS_PASSWORD.</source>
        <translation>这台电脑没有安全的密钥库（{reason}）：无法保存密码。请仅在本机无密码运行 OBS，或设置 LIVESTUDIO_OBS_PASSWORD。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Now: {state}</source>
        <translation>当前：{state}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../livestudio/ui/plan/overview.py" line="+128"/>
        <source>Show</source>
        <translation>场次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Winter skincare, new arrivals</source>
        <translation>例如 冬季护肤上新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Change platform</source>
        <translation>修改平台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change status</source>
        <translation>修改状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Starts ({zone}):</source>
        <translation>开播时间（{zone}）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change planned duration</source>
        <translation>修改计划时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned &amp;duration:</source>
        <translation>计划时长(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names, separated by commas</source>
        <translation>填写名字，用逗号分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H&amp;ost(s):</source>
        <translation>主播(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Guest(s):</source>
        <translation>嘉宾(&amp;G)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change format</source>
        <translation>修改直播形式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation>直播形式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 50000</source>
        <translation>例如 50000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GM&amp;V:</source>
        <translation>GMV(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change order goal</source>
        <translation>修改订单目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;rders:</source>
        <translation>订单数(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change viewer goal</source>
        <translation>修改在线人数目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak &amp;viewers:</source>
        <translation>最高在线(&amp;V)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+83"/>
        <source>no goal</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Change conversion goal</source>
        <translation>修改转化率目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conversion:</source>
        <translation>转化率(&amp;C)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target audience</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Age bands:</source>
        <translation>年龄段：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Women:</source>
        <translation>女性占比：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a region and press Enter, e.g. 广东</source>
        <translation>输入地区后按回车，例如 广东</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change regions</source>
        <translation>修改地区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an interest and press Enter, e.g. skincare</source>
        <translation>输入兴趣后按回车，例如 护肤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change interests</source>
        <translation>修改兴趣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interests:</source>
        <translation>兴趣：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change price sensitivity</source>
        <translation>修改价格敏感度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price sensitivity:</source>
        <translation>价格敏感度：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit notes</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit the overview</source>
        <translation>编辑概览</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change start time</source>
        <translation>修改开播时间</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change GMV goal</source>
        <translation>修改 GMV 目标</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change age bands</source>
        <translation>修改年龄段</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change gender split</source>
        <translation>修改性别比例</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> (next day)</source>
        <translation>（次日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends {time}{day}</source>
        <translation>{time}{day} 结束</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date yet</source>
        <translation>尚未定日期</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../livestudio/ui/review/overview.py" line="+29"/>
        <source>Compare with shows in other currencies too, at my exchange rates</source>
        <translation>按我录入的汇率，同时对比其他币种的场次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange rates…</source>
        <translation>汇率…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How findings are made…</source>
        <translation>发现是如何得出的…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to change next time</source>
        <translation>下次要改进什么</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No findings yet. Import the per-minute trend, product results and comments, or run the show in Live, and the rules will point at what to change.</source>
        <translation>暂无发现。导入分钟趋势、商品数据和评论，或在“直播”中开播，规则会指出需要改进的地方。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>How findings are made</source>
        <translation>发现是如何得出的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each rule looks at this show&apos;s data only and always gives the same result for the same data:</source>
        <translation>每条规则只看本场直播的数据，相同的数据总会得出相同的结果：</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../livestudio/core/plan/shows.py" line="+124"/>
        <source>&apos;{value}&apos; is not a start time; use YYYY-MM-DD HH:MM</source>
        <translation>“{value}”不是有效的开播时间，请使用 YYYY-MM-DD HH:MM 格式</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+141"/>
        <source>A show needs a title.</source>
        <translation>直播场次需要填写标题。</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>The planned duration must be more than zero.</source>
        <translation>计划时长必须大于 0。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The female share must be between 0 and 100 %.</source>
        <translation>女性占比必须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A goal cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Copy of {title}</source>
        <translation>{title} 副本</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/plan/templates.py" line="+111"/>
        <source>There is no template called &apos;{name}&apos;.</source>
        <translation>没有名为“{name}”的模板。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A template needs a name.</source>
        <translation>模板需要填写名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>A template called &apos;{name}&apos; already exists.</source>
        <translation>已存在名为“{name}”的模板。</translation>
    </message>
</context>
<context>
    <name>PlanActualPanel</name>
    <message>
        <location filename="../../livestudio/ui/review/plan_actual.py" line="+26"/>
        <source>Segment</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+8"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+24"/>
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over / under</source>
        <translation>超出 / 不足</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met?</source>
        <translation>达成？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocated stock</source>
        <translation>分配库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Promotion</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started?</source>
        <translation>已开始？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Segments</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lineup</source>
        <translation>排品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <location filename="../../livestudio/ui/plan/integration.py" line="+133"/>
        <location line="+8"/>
        <source>Import run-of-show</source>
        <translation>导入直播脚本</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose a show in the Plan workspace first.</source>
        <translation>请先在“策划”中选择一场直播。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import r&amp;un-of-show…</source>
        <translation>导入直播脚本(&amp;U)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a show&apos;s run-of-show (直播脚本) from .xlsx / .xls / .ods / .csv</source>
        <translation>从 .xlsx / .xls / .ods / .csv 读取一场直播的直播脚本</translation>
    </message>
</context>
<context>
    <name>PlanModels</name>
    <message>
        <location filename="../../livestudio/ui/plan/models.py" line="+178"/>
        <source>SKU</source>
        <translation>商品编码 (SKU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>定位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live price</source>
        <translation>直播价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking points</source>
        <translation>讲解要点</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(list price − live price) ÷ list price</source>
        <translation>（标价 − 直播价）÷ 标价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live price − cost, and as % of the live price; red when negative (a giveaway may sell at a loss)</source>
        <translation>直播价 − 成本，以及占直播价的百分比（%）；为负时标红（福利款可以亏本卖）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units set aside for this show; orange when above the stock on hand</source>
        <translation>为本场预留的件数；超过现有库存时标橙</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock of the catalog product now</source>
        <translation>该商品在商品库中的当前库存</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (deleted from catalog)</source>
        <translation>（已从商品库删除）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sold below cost — allowed for a giveaway</source>
        <translation>低于成本销售 — 福利款允许</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold below cost</source>
        <translation>低于成本销售</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allocated {allocated} but only {stock} in stock</source>
        <translation>已分配 {allocated} 件，但库存只有 {stock} 件</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;{value}&apos; is not a number of units</source>
        <translation>“{value}”不是有效的件数</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Start</source>
        <extracomment>clock times with seconds, when some segment starts off the minute</extracomment>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running total</source>
        <translation>累计时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>OBS scene</source>
        <translation>OBS 场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cue / script</source>
        <translation>提词 / 脚本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clock time the segment starts: the scheduled start plus the durations above</source>
        <translation>环节开始的时钟时间：计划开播时间加上前面各环节的时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show time when the segment ends (sum of durations so far)</source>
        <translation>环节结束时的直播时长（到此为止的时长之和）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type 90, 1:30, 01:30, 1m30s or 90s</source>
        <translation>可输入 90、1:30、01:30、1m30s 或 90s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long before the end the host is warned</source>
        <translation>结束前多久提醒主播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotions that start during this segment</source>
        <translation>在本环节中开始的促销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OBS scene Live switches to when this segment starts (empty: leave OBS as it is)</source>
        <translation>该环节开始时直播台切换到的 OBS 场景（留空：不改变 OBS）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> (+1 day)</source>
        <translation>（+1 天）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>zero length</source>
        <translation>时长为零</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This segment has no length; give it a duration or delete it.</source>
        <translation>这个环节没有时长；请设置时长或删除它。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row {row}, {column}: {reason}</source>
        <translation>第 {row} 行，{column}：{reason}</translation>
    </message>
</context>
<context>
    <name>PlanPages</name>
    <message>
        <location filename="../../livestudio/ui/plan/tables.py" line="+56"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected row up (Alt+Up); you can also drag rows</source>
        <translation>上移选中的行（Alt+Up）；也可以直接拖动行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected row down (Alt+Down)</source>
        <translation>下移选中的行（Alt+Down）</translation>
    </message>
</context>
<context>
    <name>PlanWorkspace</name>
    <message>
        <location filename="../../livestudio/ui/plan/workspace.py" line="+94"/>
        <source>&amp;New show</source>
        <translation>新建场次(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blank show…</source>
        <translation>空白场次…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a template…</source>
        <translation>从模板新建…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate the selected show…</source>
        <translation>复制选中的场次…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search shows</source>
        <translation>搜索场次</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not changed: {reason}</source>
        <translation>未修改：{reason}</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Show not created: {reason}</source>
        <translation>未能创建场次：{reason}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Template not saved: {reason}</source>
        <translation>模板未保存：{reason}</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Save as template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No show selected.
Use “New show” to start one from a template, from scratch, or as a copy of a past show.</source>
        <translation>未选择场次。
使用“新建场次”从模板、从空白或复制以往场次来创建。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lineup</source>
        <translation>排品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run-of-show</source>
        <translation>直播脚本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>筹备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copy of {title}</source>
        <translation>{title} 副本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New show</source>
        <translation>新建场次</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Show created.</source>
        <translation>场次已创建。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete show</source>
        <translation>删除场次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}” with its lineup, run-of-show, promotions, tasks and risks? This cannot be undone.</source>
        <translation>删除“{title}”及其排品、直播脚本、促销活动、筹备任务和风险？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved as template “{name}”.</source>
        <translation>已另存为模板“{name}”。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add products to lineup</source>
        <translation>添加商品到排品</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Draft run-of-show from lineup</source>
        <translation>根据排品生成直播脚本草稿</translation>
    </message>
</context>
<context>
    <name>PlatformsDialog</name>
    <message>
        <location filename="../../livestudio/ui/check/platforms_dialog.py" line="+92"/>
        <source>Platforms and stream keys</source>
        <translation>平台与推流码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add platform</source>
        <translation>添加平台</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+169"/>
        <source>Delete platform</source>
        <translation>删除平台</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>as named in the show&apos;s plan, e.g. Douyin</source>
        <translation>与场次策划中的名称一致，例如 抖音</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save platform</source>
        <translation>保存平台</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>paste the stream key here</source>
        <translation>在此粘贴推流码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store key</source>
        <translation>保存推流码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy key</source>
        <translation>复制推流码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the key; the clipboard is cleared after 30 seconds</source>
        <translation>复制推流码；剪贴板会在 30 秒后清空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget key</source>
        <translation>清除推流码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stream keys are not stored here — keep them in your streaming software. LiveStudio never stores keys in plain text. {refusal}</source>
        <translation>推流码不在此处保存——请保存在推流软件中。LiveStudio 从不以明文保存密钥。{refusal}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keys are kept in your system&apos;s key store ({backend}), never in LiveStudio&apos;s files.</source>
        <translation>推流码保存在系统密钥库（{backend}）中，不会写入 LiveStudio 的文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingest URL:</source>
        <translation>推流地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default preset:</source>
        <translation>默认预设：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom bitrate:</source>
        <translation>自定义码率：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream key:</source>
        <translation>推流码：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upload test endpoint
(all platforms):</source>
        <translation>上传测速地址
（所有平台）：</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>not stored here — keep it in your streaming software</source>
        <translation>不在此处保存——请保存在推流软件中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored: {masked}</source>
        <translation>已保存：{masked}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New platform</source>
        <translation>新平台</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete {name} and forget its stream key?</source>
        <translation>删除 {name} 并清除其推流码？</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The platform needs a name.</source>
        <translation>平台需要填写名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Ingest URL</source>
        <translation>推流地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ingest URL must start with rtmp://, rtmps:// or srt://.</source>
        <translation>推流地址必须以 rtmp://、rtmps:// 或 srt:// 开头。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save {name}: {error}</source>
        <translation>无法保存 {name}：{error}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stream key not stored</source>
        <translation>推流码未保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>copied {masked} — the clipboard clears in 30 s</source>
        <translation>已复制 {masked} — 剪贴板将在 30 秒后清空</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../livestudio/ui/products/dialogs.py" line="+142"/>
        <source>Import preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read {where} (header in row {row}): {add} to add, {update} to update, {same} unchanged, {rejected} rejected. Nothing is saved until you click Import.</source>
        <translation>已读取 {where}（表头在第 {row} 行）：新增 {add} 个，更新 {update} 个，未变 {same} 个，拒绝 {rejected} 个。点击“导入”之前不会保存任何内容。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{n} cells could not be read and are left empty (their rows still import); they are orange below, and listed under Cells left empty.</source>
        <translation>{n} 个单元格无法读取，已留空（所在行仍会导入）；下方以橙色标出，并列在“留空的单元格”中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} control characters (invisible bytes such as NUL) were removed from the text.</source>
        <translation>已从文本中移除 {n} 个控制字符（如 NUL 等不可见字节）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Columns remembered on {date} for these columns — &lt;a href=&quot;change&quot;&gt;change&lt;/a&gt;</source>
        <translation>已按 {date} 为这些列记住的对应关系读取 —— &lt;a href=&quot;change&quot;&gt;更改&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>To add ({n})</source>
        <translation>新增（{n}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To update ({n})</source>
        <translation>更新（{n}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unchanged ({n})</source>
        <translation>未变（{n}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rejected ({n})</source>
        <translation>拒绝（{n}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cells left empty ({n})</source>
        <translation>留空的单元格（{n}）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Highlighted cells change; hover one to see the value it replaces. Empty cells in the file keep what is stored.</source>
        <translation>高亮的单元格将被修改；鼠标悬停可查看被替换的原值。文件中的空单元格会保留已保存的内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import {n} valid rows</source>
        <translation>导入 {n} 行有效数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change columns…</source>
        <translation>更改列…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which column holds which field</source>
        <translation>选择各字段对应的列</translation>
    </message>
</context>
<context>
    <name>ProductPickerDialog</name>
    <message>
        <location filename="../../livestudio/ui/plan/dialogs.py" line="+13"/>
        <source>Add products to the lineup</source>
        <translation>添加商品到排品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by SKU or name</source>
        <translation>按商品编码或名称搜索</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SKU</source>
        <translation>商品编码 (SKU)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add selected</source>
        <translation>添加所选</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No products match. Import your catalog in the Products tab.</source>
        <translation>没有匹配的商品。请在“商品”页导入你的商品库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+click or Shift+click to pick several.</source>
        <translation>按住 Ctrl 或 Shift 点击可多选。</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../livestudio/ui/products/model.py" line="+101"/>
        <source>{label} ({currency})</source>
        <translation>{label}（{currency}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stock keeping unit: required and unique</source>
        <translation>商品编码 (SKU)：必填且不能重复</translation>
    </message>
</context>
<context>
    <name>Products</name>
    <message>
        <location filename="../../livestudio/core/products.py" line="+46"/>
        <source>SKU</source>
        <translation>商品编码 (SKU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selling points</source>
        <translation>卖点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the SKU is empty; every product needs one</source>
        <translation>商品编码 (SKU) 为空；每个商品都必须有</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the SKU is longer than {n} characters</source>
        <translation>商品编码 (SKU) 超过 {n} 个字符</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{value} is not a whole number; stock counts items</source>
        <translation>{value} 不是整数；库存按件计算</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is negative; stock must be 0 or more</source>
        <translation>{value} 是负数；库存必须大于或等于 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is larger than LiveStudio can store</source>
        <translation>{value} 超出 LiveStudio 能保存的范围</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+84"/>
        <source>that product no longer exists</source>
        <translation>该商品已不存在</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>SKU &apos;{sku}&apos; is already used by &apos;{name}&apos;</source>
        <translation>商品编码 (SKU)“{sku}”已被“{name}”使用</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a price must be 0 or more</source>
        <translation>价格必须大于或等于 0</translation>
    </message>
</context>
<context>
    <name>ProductsPanel</name>
    <message>
        <location filename="../../livestudio/ui/review/products.py" line="+28"/>
        <location line="+20"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+18"/>
        <location line="+74"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+14"/>
        <source>Click-through</source>
        <translation>点击率</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Click-to-order</source>
        <translation>点击-成交转化率</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+22"/>
        <source>Sort and show by:</source>
        <translation>排序和显示依据：</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>SKU</source>
        <translation>商品编码 (SKU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impressions</source>
        <translation>曝光次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>点击次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In lineup</source>
        <translation>在排品中</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{step} ({share})</source>
        <translation>{step}（{share}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conversion funnel</source>
        <translation>转化漏斗</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>GMV ({currency})</source>
        <translation>GMV（{currency}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click-through (%)</source>
        <translation>点击率 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-to-order (%)</source>
        <translation>点击-成交转化率 (%)</translation>
    </message>
</context>
<context>
    <name>ProductsToolbar</name>
    <message>
        <location filename="../../livestudio/ui/products/toolbar.py" line="+23"/>
        <source>Filter by SKU, name, category, selling points or notes…</source>
        <translation>按商品编码、名称、类目、卖点或备注筛选…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter products</source>
        <translation>筛选商品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category filter</source>
        <translation>类目筛选</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a product (Ctrl+N)</source>
        <translation>添加商品（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected product with a new SKU (Ctrl+D)</source>
        <translation>复制选中的商品并使用新的商品编码（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected products (Del); Ctrl+Z undoes</source>
        <translation>删除选中的商品（Del）；可用 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import products from an .xlsx or .csv file</source>
        <translation>从 .xlsx 或 .csv 文件导入商品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all products to .xlsx or .csv</source>
        <translation>将所有商品导出为 .xlsx 或 .csv</translation>
    </message>
</context>
<context>
    <name>ProductsWorkspace</name>
    <message>
        <location filename="../../livestudio/ui/products/workspace.py" line="+123"/>
        <location line="+293"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>No products yet. Click Add, use File ▸ Import products…, or drop an .xlsx or .csv file on the table. Column names in English or Chinese (SKU / 商品编码, Name / 商品名称, Price / 售价 …) are recognised.</source>
        <translation>还没有商品。点击“添加”，使用“文件 ▸ 导入商品…”，或将 .xlsx、.csv 文件拖到表格上。可识别中文或英文列名（SKU / 商品编码、Name / 商品名称、Price / 售价 …）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} products</source>
        <translation>{n} 个商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {shown} of {n} products</source>
        <translation>显示 {shown}/{n} 个商品</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>{field} was not changed: {reason}</source>
        <translation>{field}未修改：{reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+10"/>
        <source>Could not undo or redo: {reason}</source>
        <translation>无法撤销或重做：{reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New product</source>
        <translation>新商品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add {sku}</source>
        <translation>添加 {sku}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Duplicate as {sku}</source>
        <translation>复制为 {sku}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete {name}?</source>
        <translation>删除“{name}”？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {n} products?</source>
        <translation>删除 {n} 个商品？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>… and {n} more</source>
        <translation>… 还有 {n} 场</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These shows plan with it; they keep their own copy of its name and prices:</source>
        <translation>以下直播场次的排品用到了它；这些场次会保留各自的商品名称和价格：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete products</source>
        <translation>删除商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可以按 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete {n} products</source>
        <translation>删除 {n} 个商品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted {n} products. Press Ctrl+Z to bring them back.</source>
        <translation>已删除 {n} 个商品。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File problem</source>
        <translation>文件问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported: {summary}.</source>
        <translation>已导入：{summary}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected rows were skipped: {first}{more}</source>
        <translation>已跳过被拒绝的行：{first}{more}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (and {n} more)</source>
        <translation>（另有 {n} 行）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported {n} products to {path}</source>
        <translation>已导出 {n} 个商品到 {path}</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/products/commands.py" line="+28"/>
        <source>Edit {field} of {sku}</source>
        <translation>编辑 {sku} 的{field}</translation>
    </message>
</context>
<context>
    <name>Promotions</name>
    <message>
        <location filename="../../livestudio/core/plan/promotions.py" line="+132"/>
        <source>&apos;{kind}&apos; is not a kind of promotion</source>
        <translation>“{kind}”不是促销活动类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A price cannot be negative</source>
        <translation>价格不能为负数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A discount must be more than 0% and less than 100% (got {pct}%)</source>
        <translation>折扣必须大于 0% 且小于 100%（当前为 {pct}%）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A quantity limit cannot be negative</source>
        <translation>限量不能为负数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duration cannot be negative</source>
        <translation>时长不能为负数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A start offset cannot be before the show starts</source>
        <translation>开始时间不能早于直播开始</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That show no longer exists</source>
        <translation>该直播场次已不存在</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That promotion no longer exists</source>
        <translation>该促销活动已不存在</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No planned start: choose a segment or a time from the show start</source>
        <translation>未设置计划开始时间：请选择一个环节，或设置距开播的时间</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runs +{start} to +{end}, outside the show (+0:00 to +{show_end})</source>
        <translation>时间为 +{start} 至 +{end}，超出了直播时段（+0:00 至 +{show_end}）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Overlaps &apos;{other}&apos; (+{start} to +{end}) on the same product</source>
        <translation>与同一商品的“{other}”（+{start} 至 +{end}）时间重叠</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Lasts 0:00; give it a duration</source>
        <translation>时长为 0:00，请设置时长</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A {kind} needs a product from the lineup</source>
        <translation>{kind}需要从排品中选择一个商品</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Flash-sale price {price} is above the live price {live}</source>
        <translation>秒杀价 {price} 高于直播价 {live}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quantity {qty} is more than the {stock} allocated to this show</source>
        <translation>数量 {qty} 超过了本场分配的库存 {stock}</translation>
    </message>
</context>
<context>
    <name>PromotionsPage</name>
    <message>
        <location filename="../../livestudio/ui/plan/promotions_page.py" line="+61"/>
        <source>Add promotion</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+344"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+70"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+70"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Selected promotion</source>
        <translation>所选活动</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 99 or 99.90; empty for none</source>
        <translation>例如 99 或 99.90；留空表示无</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+109"/>
        <source>No limit</source>
        <translation>不限量</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>When a segment starts</source>
        <translation>环节开始时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At a time from the show start</source>
        <translation>距开播指定时间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>mm:ss, e.g. 25:00</source>
        <translation>mm:ss，例如 25:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mm:ss, e.g. 5:00</source>
        <translation>mm:ss，例如 5:00</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity limit</source>
        <translation>限量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>开始于</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+270"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Choose a show to plan its promotions.</source>
        <translation>请选择一个直播场次来策划其促销活动。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{pct}% off</source>
        <translation>立减 {pct}%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} promotions, {bad} with problems</source>
        <translation>{n} 个活动，其中 {bad} 个有问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No promotions yet: add a flash sale, coupon, discount, lottery or gift.</source>
        <translation>还没有活动：可添加秒杀、优惠券、折扣、抽奖或赠品。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>— whole shop —</source>
        <translation>— 全店 —</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add {kind}</source>
        <translation>添加{kind}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete promotion</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change promotion kind</source>
        <translation>更改活动类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename promotion</source>
        <translation>重命名活动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change promotion product</source>
        <translation>更改活动商品</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Price: {reason}</source>
        <translation>价格：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change promotion price</source>
        <translation>更改活动价格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change discount</source>
        <translation>更改折扣</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change quantity limit</source>
        <translation>更改限量</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Start with a segment</source>
        <translation>按环节开始</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what}: {reason}</source>
        <translation>{what}：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start at a time</source>
        <translation>按时间开始</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change promotion duration</source>
        <translation>更改活动时长</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../livestudio/ui/review/rates.py" line="+36"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+19"/>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>From currency</source>
        <translation>原币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To currency</source>
        <translation>目标币种</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from</source>
        <translation>生效自</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shows sold in another currency join the comparisons only at a rate you enter here; each converted figure names the rate it used.</source>
        <translation>以其他币种销售的场次，只有在这里录入汇率后才会参与对比；每个换算后的数字都会注明所用汇率。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1 {base} = {rate} {quote}</source>
        <translation>1 {base} = {rate} {quote}</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../../livestudio/ui/live/resume.py" line="+32"/>
        <source>Resume the live show?</source>
        <translation>继续这场直播吗？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time to count for the gap:</source>
        <translation>中断期间计入的时间：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example 1:30:00, 90m or 0 (do not count it)</source>
        <translation>例如 1:30:00、90m 或 0（不计入）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the show</source>
        <translation>结束本场直播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>稍后再说</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{title}” is still live. The last action was logged {ago} ago, at show time {offset}.</source>
        <translation>“{title}”仍在直播中。最后一条操作记录于 {ago} 之前，直播时间 {offset}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The clock was paused; it stays at {offset}.</source>
        <translation>计时已暂停；将停留在 {offset}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The computer was restarted since, so the gap is taken from the wall clock and may be wrong (for example after a time change). Correct it below if needed.</source>
        <translation>电脑在此期间重启过，所以中断时间取自系统时钟，可能不准确（例如修改过时间）。如有需要请在下面更正。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gap was measured on this computer&apos;s clock.</source>
        <translation>中断时间由本机时钟测得。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clock was running: resuming counts the gap, at show time {now}.</source>
        <translation>计时仍在运行：继续时会计入中断时间，直播时间为 {now}。</translation>
    </message>
</context>
<context>
    <name>RetrospectivePanel</name>
    <message>
        <location filename="../../livestudio/ui/review/retrospective.py" line="+50"/>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What worked — one per line</source>
        <translation>做得好的地方——每行一条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What went wrong — one per line</source>
        <translation>出问题的地方——每行一条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try</source>
        <translation>尝试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to try next time — one per line</source>
        <translation>下次要尝试的做法——每行一条</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save notes</source>
        <translation>保存笔记</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+16"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Sent to</source>
        <translation>已发送至</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Film a close-up of the scarf fabric</source>
        <translation>例如 拍一段围巾面料的特写</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Send action items to the preparation of:</source>
        <translation>将行动项发送到以下场次的筹备任务：</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Send to preparation tasks</source>
        <translation>发送到筹备任务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action items</source>
        <translation>行动项</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>— pick a show</source>
        <translation>— 选择场次</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Retrospective notes saved</source>
        <translation>复盘笔记已保存</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Send action items</source>
        <translation>发送行动项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the next show: action items go to its preparation tasks.</source>
        <translation>选择下一场直播：行动项将添加到它的筹备任务中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} action items added to “{show}” preparation tasks</source>
        <translation>已将 {n} 个行动项添加到“{show}”的筹备任务</translation>
    </message>
</context>
<context>
    <name>ReviewData</name>
    <message>
        <location filename="../../livestudio/core/review/data.py" line="+300"/>
        <source>There is no show with id {id}</source>
        <translation>不存在 ID 为 {id} 的直播场次</translation>
    </message>
</context>
<context>
    <name>ReviewFeedback</name>
    <message>
        <location filename="../../livestudio/core/review/feedback.py" line="+238"/>
        <source>Positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Product quality</source>
        <translation>商品质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design</source>
        <translation>款式设计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host / stream</source>
        <translation>主播 / 直播间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics / after-sales</source>
        <translation>物流 / 售后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buying / link</source>
        <translation>下单 / 链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size / fit</source>
        <translation>尺码 / 合身</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ReviewFindings</name>
    <message>
        <location filename="../../livestudio/core/review/findings.py" line="+40"/>
        <source>Largest viewer drop: the segment where online viewers fell most from its start to its end.</source>
        <translation>观众流失最多：从环节开始到结束，在线人数下降最多的环节。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interest without purchase: click-through above the median of the show&apos;s products, click-to-order below it.</source>
        <translation>有兴趣未下单：点击率高于本场商品中位数，但点击-成交转化率低于中位数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low promotion sell-through: under 50% of the quantity limit sold.</source>
        <translation>活动售罄率低：售出不足限量的 50%。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overrunning segments: more than 1 minute and 20% over the planned time (worst three).</source>
        <translation>环节超时：超出计划时长 1 分钟以上且超过 20%（取最严重的三个）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Viewers lost during a stream problem: online viewers fell by 15% or more while OBS reported the stream reconnecting or dropping frames.</source>
        <translation>推流故障时流失观众：OBS 报告重连或丢帧期间，在线人数下降 15% 以上。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lotteries and gifts are judged by participation: comments during the giveaway against the same minutes before it.</source>
        <translation>抽奖和赠品按参与度评估：活动期间的评论数与活动前相同时长的评论数相比。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Questions asked most: a topic viewers asked about at least 3 times.</source>
        <translation>最常被问的问题：观众至少问过 3 次的话题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Negative feedback cluster: a topic with at least 3 negative comments or 20% of all negative comments.</source>
        <translation>负面反馈集中：某一话题至少有 3 条负面评论，或占全部负面评论的 20%。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Viewers left during “{segment}”</source>
        <translation>“{segment}”期间观众流失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online viewers fell from {start:,} to {end:,} ({pct:.0f}% lost) between {t0} and {t1}.</source>
        <translation>在线人数在 {t0} 至 {t1} 之间从 {start:,} 降至 {end:,}（流失 {pct:.0f}%）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shorten this segment or open it with a hook (a giveaway, a price reveal, a question to the room).</source>
        <translation>缩短这个环节，或用钩子开场（福利、揭晓价格、向直播间提问）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Interest without purchase: {product}</source>
        <translation>有兴趣未下单：{product}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click-through {ctr:.1f}% (median {ctr_med:.1f}%), but click-to-order {c2o:.1f}% (median {c2o_med:.1f}%): {clicks:,} clicks, {orders:,} orders.</source>
        <translation>点击率 {ctr:.1f}%（中位数 {ctr_med:.1f}%），但点击-成交转化率仅 {c2o:.1f}%（中位数 {c2o_med:.1f}%）：点击 {clicks:,} 次，订单 {orders:,} 个。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the price or the demonstration: show it in use, answer the size/quality questions, compare with the shop price.</source>
        <translation>检查价格或讲解演示：展示实际使用效果，解答尺码/质量问题，与店铺价做对比。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Promotion sold slowly: {promo}</source>
        <translation>活动卖得慢：{promo}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{units} of {limit} sold ({pct:.0f}%) between {t0} and {t1}.</source>
        <translation>{t0} 至 {t1} 之间售出 {units}/{limit}（{pct:.0f}%）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warm it up earlier (announce it a segment before), lower the quantity, or pick a stronger product.</source>
        <translation>提前预热（提前一个环节预告）、减少数量，或换一个更强的商品。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>“{segment}” overran</source>
        <translation>“{segment}”超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned {planned}, ran {actual} (+{extra}, +{pct:.0f}%).</source>
        <translation>计划 {planned}，实际 {actual}（+{extra}，+{pct:.0f}%）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan more time for it next show, or trim the script and set a cue to move on.</source>
        <translation>下场给它多留点时间，或精简话术并设置提词提醒及时过款。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show the material close up and answer quality questions on camera; check the batch.</source>
        <translation>给材质特写，在镜头前解答质量问题；检查这批货。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show more colours / sizes on a model and give a size guide.</source>
        <translation>用模特展示更多颜色 / 尺码，并给出尺码建议。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain the value (compare with the shop price, bundle, coupon) before revealing the price.</source>
        <translation>揭晓价格前先讲清价值（对比店铺价、组合装、优惠券）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the audio / pace; rehearse the explanation; answer questions by name.</source>
        <translation>改善音频 / 节奏；提前演练讲解；点名回答问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say the link number on screen and pin it; restock or say when it returns.</source>
        <translation>在画面上说出并置顶链接号；补货或告知何时返场。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a size chart in the Lineup talking points and try the sizes on camera.</source>
        <translation>在排品话术中加入尺码表，并在镜头前试穿各个尺码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State shipping times and the return policy on screen; brief customer service.</source>
        <translation>在画面上标明发货时效和退货政策；提前给客服做好交代。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read these comments and decide whether they need a reply or a change.</source>
        <translation>查看这些评论，判断是否需要回复或改进。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Negative feedback about {topic}</source>
        <translation>关于{topic}的负面反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} negative comments ({pct:.0f}% of negatives), e.g. {examples}</source>
        <translation>{n} 条负面评论（占负面评论的 {pct:.0f}%），例如：{examples}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>add a size chart to the Lineup talking points</source>
        <translation>在排品话术中加入尺码表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say the link number on screen and pin the product when you show it</source>
        <translation>讲解时说出链接号并置顶该商品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show the price, coupon and bundle on a card before viewers ask</source>
        <translation>在观众提问前用贴片展示价格、优惠券和组合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put shipping times and the return policy on screen</source>
        <translation>在画面上展示发货时间和退换政策</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show the material close up and say what it is made of</source>
        <translation>近景展示材质并说明成分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show every colour on camera and say which are in stock</source>
        <translation>在镜头前展示每个颜色并说明哪些有货</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answer questions by name every few minutes</source>
        <translation>每隔几分钟点名回答问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read these questions and answer the common ones</source>
        <translation>查看这些问题并回答常见的问题</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>viewers fell {pct:.0f}% while the stream reconnected for {took} at {at}</source>
        <translation>{at} 推流重连 {took} 期间，观众减少 {pct:.0f}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>viewers fell {pct:.0f}% while OBS dropped frames for {took} at {at}</source>
        <translation>{at} OBS 丢帧 {took} 期间，观众减少 {pct:.0f}%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Viewers lost during a stream problem</source>
        <translation>推流故障导致观众流失</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>({before:,} → {low:,} online)</source>
        <translation>（在线 {before:,} → {low:,}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the Check&apos;s OBS and upload tests before the show, use a cable instead of Wi-Fi, and lower the bitrate if the upload is tight.</source>
        <translation>开播前运行检查中的 OBS 与上传测试，用网线代替 Wi-Fi，上传紧张时降低码率。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Few joined the giveaway: {promo}</source>
        <translation>参与福利的人很少：{promo}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{during} comments during it against {before} in the same minutes before ({t0}–{t1}).</source>
        <translation>活动期间 {during} 条评论，活动前相同时长 {before} 条（{t0}–{t1}）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Announce the prize and how to join (comment a word, follow, share) a segment before, and show the countdown on screen.</source>
        <translation>提前一个环节公布奖品和参与方式（评论口令、关注、分享），并在画面上显示倒计时。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{topic} asked {n} times</source>
        <translation>{topic}被问了 {n} 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. {examples}</source>
        <translation>例如 {examples}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{topic} asked {n} times → {action}</source>
        <translation>{topic}被问了 {n} 次 → {action}</translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <location filename="../../livestudio/core/review/importer.py" line="+136"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct GMV</source>
        <translation>直接成交额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>观看次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak viewers</source>
        <translation>最高在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average concurrent viewers</source>
        <translation>平均在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average watch time</source>
        <translation>人均观看时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>新增粉丝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Shares</source>
        <translation>分享数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interacting viewers</source>
        <translation>互动人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product impressions</source>
        <translation>商品曝光次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product clicks</source>
        <translation>商品点击次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net GMV</source>
        <translation>净成交额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders created</source>
        <translation>创建订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net orders</source>
        <translation>净成交订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIVE impressions</source>
        <translation>直播间曝光次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People reached by the LIVE</source>
        <translation>直播间曝光人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad spend</source>
        <translation>投放消耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers who left</source>
        <translation>离开人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online viewers</source>
        <translation>在线人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries</source>
        <translation>进场人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>商品编码 (SKU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impressions</source>
        <translation>曝光次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>点击次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session summary</source>
        <translation>场次汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-minute trend</source>
        <translation>分钟趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product results</source>
        <translation>商品数据</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>&apos;{value}&apos; is negative; a count must be 0 or more</source>
        <translation>“{value}”为负数；计数必须大于或等于 0</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;{value}&apos; is negative</source>
        <translation>“{value}”为负数</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&apos;{value}&apos; is not a date or time</source>
        <translation>“{value}”不是日期或时间</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>There is no show with id {id}</source>
        <translation>不存在 ID 为 {id} 的直播场次</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file}: no sheet has the columns of a {kind} export (looked at the first 15 rows)</source>
        <translation>{file}：没有任何工作表包含{kind}导出的列（已检查前 15 行）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file}: the columns were not recognised as a summary, trend, product or comments export</source>
        <translation>{file}：无法将这些列识别为汇总、趋势、商品或评论导出数据</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>a totals row; skipped so nothing is counted twice</source>
        <translation>合计行；已跳过，避免重复计算</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{problem}; left empty</source>
        <translation>{problem}；已留空</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Row {row} ({when}) is the show “{title}”</source>
        <translation>第 {row} 行（{when}）是直播场次“{title}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row {row} ({when}) is another session; not this show</source>
        <translation>第 {row} 行（{when}）是另一场直播，不是本场</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no row starts within 3 hours of this show&apos;s start; nothing to import</source>
        <translation>没有任何行的开始时间在本场开播前后 3 小时内；无可导入内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {row} matched this show</source>
        <translation>第 {row} 行与本场直播匹配</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no time or minute in this row</source>
        <translation>该行没有时间或分钟</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&apos;{column}&apos; is a running total; it was turned into per-row figures</source>
        <translation>“{column}”是累计值；已换算为每行数值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} trend rows</source>
        <translation>{n} 行趋势数据</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>neither a SKU nor a product name</source>
        <translation>既没有商品编码 (SKU) 也没有商品名称</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{matched} of {total} products matched to the lineup</source>
        <translation>{total} 个商品中有 {matched} 个与排品匹配</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in the lineup (kept, unlinked): {names}</source>
        <translation>不在排品中（已保留，未关联）：{names}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{n} comments</source>
        <translation>{n} 条评论</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No row of {file} belongs to this show</source>
        <translation>{file} 中没有属于本场直播的行</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>{field} cannot be negative</source>
        <translation>{field}不能为负数</translation>
    </message>
</context>
<context>
    <name>ReviewKpi</name>
    <message>
        <location filename="../../livestudio/core/review/kpis.py" line="+143"/>
        <source>platform summary</source>
        <translation>平台汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product results</source>
        <translation>商品数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minute trend</source>
        <translation>分钟趋势</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live log</source>
        <translation>直播日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no platform summary imported or entered</source>
        <translation>未导入或录入平台汇总数据</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>GMV is not in any import, the manual entry or the live log</source>
        <translation>导入数据、手动录入和直播日志中都没有 GMV</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>live log tallies × live price</source>
        <translation>直播日志记录件数 × 直播价</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} sales ({units} units) logged with no product or price, not counted</source>
        <translation>{n} 笔成交（{units} 件）记录时没有商品或价格，未计入</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refund amount not imported</source>
        <translation>未导入退款金额</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+83"/>
        <source>order count not imported</source>
        <translation>未导入订单数</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>live log sale tallies</source>
        <translation>直播日志成交记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>buyer count (unique paying users) not imported</source>
        <translation>未导入成交人数（去重付款用户数）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>units sold not imported</source>
        <translation>未导入售出件数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>total views not imported</source>
        <translation>未导入总观看次数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unique viewers not imported</source>
        <translation>未导入观看人数</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>no viewer figures: import a summary or trend, or log viewer counts live</source>
        <translation>没有观众数据：请导入汇总或趋势数据，或在直播时记录观众人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minute trend, time-weighted</source>
        <translation>分钟趋势，按时间加权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live log, time-weighted</source>
        <translation>直播日志，按时间加权</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>average watch time not imported</source>
        <translation>未导入人均观看时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total watch time ÷ unique viewers</source>
        <translation>总观看时长 ÷ 观看人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new followers not imported</source>
        <translation>未导入新增粉丝数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unique interacting viewers not in the export</source>
        <translation>导出数据中没有去重互动人数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comment count not imported</source>
        <translation>未导入评论数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>like count not imported</source>
        <translation>未导入点赞数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>share count not imported</source>
        <translation>未导入分享数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product impressions not imported</source>
        <translation>未导入商品曝光次数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>product clicks not imported</source>
        <translation>未导入商品点击次数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ad spend not imported</source>
        <translation>未导入投放消耗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>product costs or units sold per product are missing</source>
        <translation>缺少商品成本或各商品销量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lineup cost × units sold</source>
        <translation>排品成本 × 销量</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the divisor is 0</source>
        <translation>除数为 0</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+12"/>
        <location line="+14"/>
        <location line="+55"/>
        <location line="+10"/>
        <location line="+79"/>
        <location line="+11"/>
        <source>GMV</source>
        <translation>GMV (成交额)</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>GMV = sum of paid order amounts (before refunds)</source>
        <translation>GMV = 已付款订单金额之和（未扣除退款）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+190"/>
        <source>Net GMV</source>
        <translation>净成交额</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Net GMV = GMV − refunds</source>
        <translation>净成交额 = GMV − 退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+158"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+144"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Orders = paid orders</source>
        <translation>订单数 = 已付款订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+45"/>
        <source>Buyers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Buyers = unique paying users</source>
        <translation>成交人数 = 去重付款用户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units = items sold</source>
        <translation>件数 = 售出商品件数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AOV (客单价)</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AOV = GMV ÷ buyers</source>
        <translation>客单价 = GMV ÷ 成交人数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Views (PV)</source>
        <translation>观看次数（场观）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Views = total views of the live room (场观)</source>
        <translation>观看次数 = 直播间总观看次数（场观）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unique viewers (UV)</source>
        <translation>观看人数 (UV)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unique viewers = distinct people who watched</source>
        <translation>观看人数 = 观看过直播的去重人数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peak concurrent</source>
        <translation>最高在线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak concurrent = highest online count (最高在线)</source>
        <translation>最高在线 = 同时在线人数的最高值（最高在线）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average concurrent</source>
        <translation>平均在线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average concurrent = online viewers averaged over time (平均在线)</source>
        <translation>平均在线 = 在线人数按时间的平均值（平均在线）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average watch time</source>
        <translation>人均观看时长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average watch time = total watch time ÷ unique viewers</source>
        <translation>人均观看时长 = 总观看时长 ÷ 观看人数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversion = buyers ÷ unique viewers</source>
        <translation>转化率 = 成交人数 ÷ 观看人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+23"/>
        <location line="+36"/>
        <source>Unique viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>UV value</source>
        <translation>UV价值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UV value = GMV ÷ unique viewers</source>
        <translation>UV价值 = GMV ÷ 观看人数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GPM (per 1,000 views)</source>
        <translation>GPM（千次观看成交金额）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPM = GMV ÷ views × 1,000 (denominator: total views, not unique viewers)</source>
        <translation>GPM = GMV ÷ 观看次数 × 1,000（分母为总观看次数，而非观看人数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Views</source>
        <translation>观看次数</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Interaction rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interaction rate = unique interacting viewers ÷ unique viewers</source>
        <translation>互动率 = 去重互动人数 ÷ 观看人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interacting viewers</source>
        <translation>互动人数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Interactions per 1,000 views</source>
        <translation>千次观看互动数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unique interacting viewers are not in the export, so: (comments + likes + shares) ÷ views × 1,000</source>
        <translation>导出数据中没有去重互动人数，因此按：（评论数 + 点赞数 + 分享数）÷ 观看次数 × 1,000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>分享数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow rate</source>
        <translation>转粉率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow rate = new followers ÷ unique viewers</source>
        <translation>转粉率 = 新增粉丝 ÷ 观看人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New followers</source>
        <translation>新增粉丝</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product click-through</source>
        <translation>商品点击率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click-through = product clicks ÷ product impressions</source>
        <translation>点击率 = 商品点击次数 ÷ 商品曝光次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Product clicks</source>
        <translation>商品点击次数</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Product impressions</source>
        <translation>商品曝光次数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click-to-order</source>
        <translation>点击-成交转化率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click-to-order = orders ÷ product clicks</source>
        <translation>点击-成交转化率 = 订单数 ÷ 商品点击次数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund rate</source>
        <translation>退款率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund rate = refunds ÷ GMV</source>
        <translation>退款率 = 退款 ÷ GMV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ROI = GMV ÷ ad spend</source>
        <translation>ROI = GMV ÷ 投放消耗</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Ad spend</source>
        <translation>投放消耗</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Net profit</source>
        <translation>净利润</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net profit = net GMV − product costs − ad spend</source>
        <translation>净利润 = 净 GMV − 商品成本 − 投放消耗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product costs</source>
        <translation>商品成本</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <source>no promotions in the plan or the live log</source>
        <translation>策划和直播日志中都没有促销活动</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>no promotion has both a quantity limit and units sold</source>
        <translation>没有同时具备限量和售出件数的活动</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Promotion sell-through</source>
        <translation>活动售罄率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sell-through = units sold during promotions ÷ their quantity limits</source>
        <translation>售罄率 = 活动期间售出件数 ÷ 活动限量之和</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no orders per minute around the promotions (import a trend with orders)</source>
        <translation>活动前后没有每分钟订单数据（请导入含订单数的趋势数据）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promotion uplift</source>
        <translation>活动提升</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uplift = orders during promotions ÷ orders in the same number of minutes before − 1</source>
        <translation>提升 = 活动期间订单数 ÷ 活动前同等分钟数内的订单数 − 1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>median of the last {n} shows, converted to {cur}: {rates}</source>
        <translation>最近 {n} 场的中位数，已换算为 {cur}：{rates}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>median of the last {n} {cur} shows</source>
        <translation>最近 {n} 场 {cur} 直播的中位数</translation>
    </message>
    <message>
        <location filename="../../livestudio/core/review/fx.py" line="+29"/>
        <source>1 {base} = {rate} {quote} (rate of {day})</source>
        <translation>1 {base} = {rate} {quote}（{day} 的汇率）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An exchange rate must be above zero.</source>
        <translation>汇率必须大于零。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick two different currencies.</source>
        <translation>请选择两种不同的货币。</translation>
    </message>
</context>
<context>
    <name>ReviewMenus</name>
    <message>
        <location filename="../../livestudio/ui/review/integration.py" line="+18"/>
        <source>Import platform data for review…</source>
        <translation>导入平台数据用于复盘…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How review findings are made</source>
        <translation>复盘发现是如何得出的</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <location filename="../../livestudio/reports/review_report.py" line="+75"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Started {when} · {platform}</source>
        <translation>开播于 {when} · {platform}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+489"/>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location line="-489"/>
        <location line="+489"/>
        <source>missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <location line="-474"/>
        <location line="+659"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="-658"/>
        <location line="+659"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="-658"/>
        <source>Shown as</source>
        <translation>显示为</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+658"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="-657"/>
        <source>Goal met</source>
        <translation>目标达成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs goal</source>
        <translation>对比目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs previous show</source>
        <translation>对比上一场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median of last 10</source>
        <translation>近 10 场中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formula</source>
        <translation>计算公式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why missing</source>
        <translation>缺失原因</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segments</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>live log</source>
        <translation>直播日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plan</source>
        <translation>策划</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+98"/>
        <location line="+378"/>
        <source>Segment</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (min)</source>
        <translation>开始（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned (min)</source>
        <translation>计划（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual (min)</source>
        <translation>实际（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over / under (min)</source>
        <translation>超出 / 不足（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers at start</source>
        <translation>开始时在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers at end</source>
        <translation>结束时在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers gained / lost</source>
        <translation>观众增减</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <location line="+50"/>
        <location line="+427"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="-520"/>
        <location line="+46"/>
        <location line="+48"/>
        <location line="+429"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>Units logged</source>
        <translation>记录件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times from</source>
        <translation>时间来源</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+488"/>
        <source>Viewers gained / lost per segment</source>
        <translation>各环节观众增减</translation>
    </message>
    <message>
        <location line="-487"/>
        <source>Viewers</source>
        <translation>观众</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+601"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-594"/>
        <location line="+95"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SKU</source>
        <translation>商品编码 (SKU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+478"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-477"/>
        <source>In lineup</source>
        <translation>在排品中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+477"/>
        <source>Impressions</source>
        <translation>曝光次数</translation>
    </message>
    <message>
        <location line="-476"/>
        <location line="+477"/>
        <source>Clicks</source>
        <translation>点击次数</translation>
    </message>
    <message>
        <location line="-476"/>
        <location line="+477"/>
        <source>Click-through</source>
        <translation>点击率</translation>
    </message>
    <message>
        <location line="-475"/>
        <location line="+477"/>
        <source>Click-to-order</source>
        <translation>点击-成交转化率</translation>
    </message>
    <message>
        <location line="-476"/>
        <location line="+477"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocated stock</source>
        <translation>分配库存</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+451"/>
        <source>GMV by product</source>
        <translation>各商品 GMV</translation>
    </message>
    <message>
        <location line="-443"/>
        <source>Minute trend</source>
        <translation>分钟趋势</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+16"/>
        <source>Minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+13"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Entries</source>
        <translation>进场人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <location line="+417"/>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location line="-461"/>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cumulative GMV</source>
        <translation>累计 GMV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Online viewers per minute</source>
        <translation>每分钟在线人数</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+511"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location line="-496"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentiment</source>
        <translation>情感倾向</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+418"/>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <location line="-424"/>
        <source>Corrected</source>
        <translation>已修正</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+416"/>
        <source>Negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>Comments by topic</source>
        <translation>按话题分类的评论</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested action</source>
        <translation>建议行动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+451"/>
        <source>Retrospective</source>
        <translation>复盘总结</translation>
    </message>
    <message>
        <location line="-450"/>
        <location line="+400"/>
        <source>Keep</source>
        <translation>保持</translation>
    </message>
    <message>
        <location line="-400"/>
        <location line="+400"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-400"/>
        <location line="+400"/>
        <source>Try</source>
        <translation>尝试</translation>
    </message>
    <message>
        <location line="-393"/>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Online viewers</source>
        <translation>在线人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotion window</source>
        <translation>活动时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged sale</source>
        <translation>记录的成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Conversion funnel</source>
        <translation>转化漏斗</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over / under</source>
        <translation>超出 / 不足</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{file}: export as .xlsx or .pdf</source>
        <translation>{file}：请导出为 .xlsx 或 .pdf</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+219"/>
        <source>Review · started {when} · platform {platform}</source>
        <translation>复盘 · 开播于 {when} · 平台 {platform}</translation>
    </message>
    <message>
        <location line="-716"/>
        <source>Compared with: {note}</source>
        <translation>对比基准：{note}</translation>
    </message>
    <message>
        <location line="+431"/>
        <source>Cumulative GMV ({currency}, right axis)</source>
        <translation>累计 GMV（{currency}，右轴）</translation>
    </message>
    <message>
        <location line="+289"/>
        <source>vs previous</source>
        <translation>较上一场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs median of last 10</source>
        <translation>较近 10 场中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to change next time</source>
        <translation>下次要改进什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No findings: import the trend, products and comments for more.</source>
        <translation>暂无发现：导入趋势、商品和评论数据后可得出更多结论。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments: plan vs actual</source>
        <translation>环节：计划与实际对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>行动项</translation>
    </message>
</context>
<context>
    <name>ReviewRetro</name>
    <message>
        <location filename="../../livestudio/core/review/retro.py" line="+56"/>
        <source>An action item needs a title</source>
        <translation>行动项需要标题</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>product results</source>
        <translation>商品数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>live log</source>
        <translation>直播日志</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <location filename="../../livestudio/core/review/service.py" line="+350"/>
        <source>Views</source>
        <translation>观看次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product impressions</source>
        <translation>商品曝光次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product clicks</source>
        <translation>商品点击次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>“{rate}” is not a number</source>
        <translation>“{rate}”不是数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no show with id {id}</source>
        <translation>不存在 ID 为 {id} 的直播场次</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Pick another show: action items go to its preparation tasks.</source>
        <translation>请选择另一场直播：行动项将添加到它的筹备任务中。</translation>
    </message>
</context>
<context>
    <name>ReviewTraffic</name>
    <message>
        <location filename="../../livestudio/core/review/traffic.py" line="+68"/>
        <source>Live recommendations / For You</source>
        <translation>直播推荐 / 推荐页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short videos</source>
        <translation>短视频引流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Following</source>
        <translation>关注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIVE tab</source>
        <translation>直播广场 / LIVE 频道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop / mall</source>
        <translation>商城 / 橱窗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile page</source>
        <translation>个人主页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearby</source>
        <translation>同城</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares and messages</source>
        <translation>分享与私信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid (ads, promote)</source>
        <translation>付费（广告、加热）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Traffic source</source>
        <translation>流量来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source group</source>
        <translation>一级来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GMV</source>
        <translation>GMV (成交额)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message>
        <location filename="../../livestudio/ui/review/workspace.py" line="+66"/>
        <source>Show</source>
        <translation>场次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import platform data…</source>
        <translation>导入平台数据…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter numbers…</source>
        <translation>录入数据…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>场次：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products &amp;&amp; funnel</source>
        <translation>商品 &amp;&amp; 漏斗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan vs actual</source>
        <translation>计划与实际对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrospective</source>
        <translation>复盘总结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across shows</source>
        <translation>跨场次对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic sources</source>
        <translation>流量来源</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No show yet. Plan a show in Plan, run it in Live, then review it here — or import a platform export into any show.</source>
        <translation>还没有直播场次。先在“策划”中策划一场直播，在“直播”中开播，再回到这里复盘——也可以把平台导出的数据导入任意场次。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Loading the show&apos;s data…</source>
        <translation>正在加载本场数据…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not load the show: {reason}</source>
        <translation>无法加载该场次：{reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>summary from {src}</source>
        <translation>汇总来自 {src}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} trend rows</source>
        <translation>{n} 行趋势数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} product results</source>
        <translation>{n} 条商品数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} comments</source>
        <translation>{n} 条评论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live log: yes</source>
        <translation>直播日志：有</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>live log: none</source>
        <translation>直播日志：无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: {list}</source>
        <translation>数据：{list}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create or pick a show first.</source>
        <translation>请先新建或选择一个直播场次。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported {n} rows of {kind}; {r} rows skipped.</source>
        <translation>已导入 {n} 行{kind}；跳过 {r} 行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何修改。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export review</source>
        <translation>导出复盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF report (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF 报告 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review report</source>
        <translation>复盘报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Saved {file}</source>
        <translation>已保存 {file}</translation>
    </message>
</context>
<context>
    <name>Risks</name>
    <message>
        <location filename="../../livestudio/core/plan/risks.py" line="+39"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{category}&apos; is not a risk category</source>
        <translation>“{category}”不是有效的风险类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} must be a whole number from 1 to 5 (got {value})</source>
        <translation>{name}必须是 1 到 5 之间的整数（当前为 {value}）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That show no longer exists</source>
        <translation>该直播场次已不存在</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That risk no longer exists</source>
        <translation>该风险已不存在</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <location filename="../../livestudio/ui/plan/risks_page.py" line="+50"/>
        <location line="+211"/>
        <source>Add risk</source>
        <translation>添加风险</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+226"/>
        <source>Add the common risks</source>
        <translation>添加常见风险</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Network drop, streaming software crash, out of stock, logistics delay, host unwell, hostile comments, platform outage — with responses</source>
        <translation>断网、推流软件崩溃、缺货、物流延误、主播身体不适、恶意评论、平台故障——附应对方案</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Response plan</source>
        <translation>应对方案</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority = likelihood × impact: 1–4 low, 5–9 medium, 10–14 high, 15–25 critical</source>
        <translation>优先级 = 可能性 × 影响：1–4 低，5–9 中，10–14 高，15–25 严重</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Double-click a risk, response or owner to edit it. Highest priority first.</source>
        <translation>双击风险、应对方案或负责人即可编辑。按优先级从高到低排列。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose a show to plan for what could go wrong.</source>
        <translation>选择一个直播场次，提前规划可能出现的问题。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{l} × {i} = {p}</source>
        <translation>{l} × {i} = {p}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Change risk category</source>
        <translation>修改风险类别</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 = rare / minor … 5 = almost certain / show-stopping</source>
        <translation>1 = 极少发生 / 影响很小 … 5 = 几乎必然发生 / 直播无法继续</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change {what}</source>
        <translation>修改{what}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} risks</source>
        <translation>{n} 个风险</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} critical</source>
        <translation>{n} 个严重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} high</source>
        <translation>{n} 个高</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No risks yet: add the common ones and adjust them to this show.</source>
        <translation>还没有风险：先添加常见风险，再根据本场直播调整。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New risk</source>
        <translation>新风险</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete risk</source>
        <translation>删除风险</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit risk</source>
        <translation>编辑风险</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <location filename="../../livestudio/ui/check/run_dialog.py" line="+30"/>
        <source>Check run of {when}</source>
        <translation>{when} 的检查记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{verdict}&lt;/b&gt;&lt;br&gt;{show} · preset {preset}</source>
        <translation>&lt;b&gt;{verdict}&lt;/b&gt;&lt;br&gt;{show} · 推流预设 {preset}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no show)</source>
        <translation>（无场次）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
</context>
<context>
    <name>RunOfShowPage</name>
    <message>
        <location filename="../../livestudio/ui/plan/run_of_show_page.py" line="+69"/>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a new segment above the selected one</source>
        <translation>在选中环节的上方插入一个新环节</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft from &amp;lineup…</source>
        <translation>根据排品生成草稿(&amp;L)…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cue / script for the selected segment:</source>
        <translation>选中环节的提词 / 话术：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the host says or does in this segment; saved when you leave the box.</source>
        <translation>主播在本环节要说的话或要做的事；离开输入框时自动保存。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit cue</source>
        <translation>编辑提词</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Move segment</source>
        <translation>移动环节</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit segment</source>
        <translation>编辑环节</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Insert segment</source>
        <translation>插入环节</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Duplicate segment</source>
        <translation>复制环节</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete segments</source>
        <translation>删除环节</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>exactly the planned length</source>
        <translation>与计划时长完全一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{d} over</source>
        <translation>超出 {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{d} under</source>
        <translation>不足 {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} zero-length segment(s)</source>
        <translation>{n} 个时长为零的环节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total {total} of {planned} planned — &lt;b style=&apos;color:{colour}&apos;&gt;{state}&lt;/b&gt;{extra}</source>
        <translation>合计 {total}，计划 {planned}——&lt;b style=&apos;color:{colour}&apos;&gt;{state}&lt;/b&gt;{extra}</translation>
    </message>
</context>
<context>
    <name>RunSheet</name>
    <message>
        <location filename="../../livestudio/reports/runsheet.py" line="+592"/>
        <location line="+158"/>
        <source>Segment</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="-585"/>
        <source>Show {id} does not exist</source>
        <translation>直播场次 {id} 不存在</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{time} {kind}: {title} ({duration})</source>
        <translation>{time} {kind}：{title}（{duration}）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>exactly the planned length</source>
        <translation>与计划时长完全一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{d} over the planned length</source>
        <translation>比计划时长多 {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{d} under the planned length</source>
        <translation>比计划时长少 {d}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{pct}% off</source>
        <translation>立减 {pct}%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whole shop</source>
        <translation>全店</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak viewers</source>
        <translation>最高在线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{f}% female, {m}% male</source>
        <translation>女性 {f}%，男性 {m}%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Price sensitivity</source>
        <translation>价格敏感度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{date}  {start} – {end}  ({zone})</source>
        <translation>{date}  {start} – {end}（{zone}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No start time set</source>
        <translation>未设置开播时间</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Claims advertising law and the platform&apos;s live rules ban; they are underlined in the cues.</source>
        <translation>广告法和平台直播规则禁止的用语；已在提词中加下划线标出。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{d} planned</source>
        <translation>计划 {d}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host: {names}</source>
        <translation>主播：{names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest: {names}</source>
        <translation>嘉宾：{names}</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+154"/>
        <source>OBS scene</source>
        <translation>OBS 场景</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+151"/>
        <location line="+139"/>
        <source>Phrase</source>
        <translation>用语</translation>
    </message>
    <message>
        <location line="-290"/>
        <location line="+153"/>
        <location line="+138"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+154"/>
        <location line="+138"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-277"/>
        <location line="+148"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+148"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+149"/>
        <source>Promotion</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+19"/>
        <location line="+86"/>
        <location line="+44"/>
        <location line="+26"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+149"/>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+149"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+156"/>
        <source>Role</source>
        <translation>定位</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+156"/>
        <source>List price</source>
        <translation>标价</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+84"/>
        <location line="+72"/>
        <source>Live price</source>
        <translation>直播价</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+156"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+156"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+161"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+163"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+164"/>
        <source>Response</source>
        <translation>应对方案</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+165"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+30"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Format</source>
        <translation>直播形式</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+31"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+188"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Show</source>
        <translation>场次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned length</source>
        <translation>计划时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goal: {name}</source>
        <translation>目标：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience: {name}</source>
        <translation>目标人群：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+164"/>
        <source>Run-of-show</source>
        <translation>直播脚本</translation>
    </message>
    <message>
        <location line="-160"/>
        <location line="+161"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+156"/>
        <source>Cue</source>
        <translation>提词</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+33"/>
        <location line="+127"/>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+142"/>
        <source>Say differently</source>
        <translation>需换个说法</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+100"/>
        <source>Lineup</source>
        <translation>排品</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>SKU</source>
        <translation>商品编码 (SKU)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+69"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name}: a run sheet is saved as .pdf or .xlsx</source>
        <translation>{name}：流程单只能保存为 .pdf 或 .xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown page size &apos;{page}&apos; (A4 or Letter)</source>
        <translation>未知的纸张尺寸“{page}”（可选 A4 或 Letter）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total {total} · {state}</source>
        <translation>合计 {total} · {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0:00 long: check this segment</source>
        <translation>时长为 0:00：请检查此环节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top risks and what to do</source>
        <translation>主要风险及应对方案</translation>
    </message>
</context>
<context>
    <name>RunSheetExporter</name>
    <message>
        <location filename="../../livestudio/ui/plan/integration.py" line="-134"/>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF，A4 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, US Letter (*.pdf)</source>
        <translation>PDF，US Letter (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+24"/>
        <location line="+11"/>
        <source>Export run sheet</source>
        <translation>导出流程单</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Choose a show in the Plan workspace first.</source>
        <translation>请先在“策划”工作区中选择一个直播场次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{title} run sheet.pdf</source>
        <translation>{title} 流程单.pdf</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the run sheet…</source>
        <translation>正在生成流程单…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Run sheet saved to {path}</source>
        <translation>流程单已保存到 {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run sheet export cancelled; nothing was written.</source>
        <translation>已取消导出流程单，未写入任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run sheet not saved: {reason}</source>
        <translation>流程单未保存：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run sheet not saved</source>
        <translation>流程单未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run sheet could not be written:
{reason}</source>
        <translation>无法写入流程单：
{reason}</translation>
    </message>
</context>
<context>
    <name>RunsheetImport</name>
    <message>
        <location filename="../../livestudio/core/intake/runsheet.py" line="+66"/>
        <source>Segment</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cue / script</source>
        <translation>提词 / 话术</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS scene</source>
        <translation>OBS 场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning lead</source>
        <translation>提前提醒</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>replace {old} segments with {n}, rejected {r}</source>
        <translation>用 {n} 个环节替换现有 {old} 个，拒绝 {r} 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add {n} segments after the {old} there are, rejected {r}</source>
        <translation>在现有 {old} 个环节之后添加 {n} 个，拒绝 {r} 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {n} cells left empty</source>
        <translation>，{n} 个单元格留空</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no show with id {id}</source>
        <translation>没有 ID 为 {id} 的直播场次</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file}: no sheet has a run-of-show header row (looked for columns such as Segment, Duration, Kind, Cue — 环节, 时长, 类型, 话术).</source>
        <translation>{file}：没有工作表含直播脚本的表头行（查找的列名如 Segment、Duration、Kind、Cue —— 环节、时长、类型、话术）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where} has no column for {fields}. Its columns are: {headers}.</source>
        <translation>{where} 中没有“{fields}”列。现有列：{headers}。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>a segment needs a title</source>
        <translation>环节需要标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the title is longer than 300 characters</source>
        <translation>标题超过 300 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a segment needs a duration</source>
        <translation>环节需要时长</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a segment kind; set to Custom</source>
        <translation>不是环节类型；已设为“自定义”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not in this show&apos;s lineup (by SKU or name); left empty</source>
        <translation>不在本场排品中（按商品编码或名称）；已留空</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>longer than 200 characters; left empty</source>
        <translation>超过 200 个字符；已留空</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{problem}; left at 1:00</source>
        <translation>{problem}；保持 1:00</translation>
    </message>
</context>
<context>
    <name>RunsheetImportDialog</name>
    <message>
        <location filename="../../livestudio/ui/plan/runsheet_import.py" line="+50"/>
        <location line="+86"/>
        <location line="+29"/>
        <source>Import run-of-show</source>
        <translation>导入直播脚本</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>An .xlsx, .xls, .ods or .csv run-of-show</source>
        <translation>.xlsx、.xls、.ods 或 .csv 格式的直播脚本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add after the existing segments</source>
        <translation>添加到现有环节之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the existing segments</source>
        <translation>替换现有环节</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cue / script</source>
        <translation>提词 / 话术</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OBS scene</source>
        <translation>OBS 场景</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segments to import</source>
        <translation>要导入的环节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows rejected and cells left empty</source>
        <translation>被拒绝的行和留空的单元格</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+3"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Rejected: {what}</source>
        <translation>已拒绝：{what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left empty: {what}</source>
        <translation>留空：{what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read {where} (header in row {row}): {summary}. Total {total}. Nothing is saved until you click Import; Ctrl+Z in Plan undoes it.</source>
        <translation>已读取 {where}（表头在第 {row} 行）：{summary}。总时长 {total}。点击“导入”之前不会保存任何内容；在“策划”中按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Columns remembered on {date} for these columns.</source>
        <translation>已按 {date} 为这些列记住的对应关系读取。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} control characters (invisible bytes such as NUL) were removed.</source>
        <translation>已移除 {n} 个控制字符（如 NUL 等不可见字节）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} promotions start with a segment this replace removes; they will need a new start.</source>
        <translation>{n} 个促销活动随本次替换删除的环节开始；需要为它们重新设置开始时间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace with {n} segments</source>
        <translation>替换为 {n} 个环节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add {n} segments</source>
        <translation>添加 {n} 个环节</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <location filename="../../livestudio/ui/sample.py" line="+26"/>
        <source>Add the &amp;sample show</source>
        <translation>添加示例直播(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove the sample show</source>
        <translation>删除示例直播(&amp;R)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome to LiveStudio</source>
        <translation>欢迎使用 LiveStudio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your store is empty. Add a sample show to explore? It has products, a plan, a completed check, a finished live log and platform data, so every workspace shows something real. You can remove it in one click from the Help menu.</source>
        <translation>你的数据还是空的。要添加一场示例直播来体验吗？它包含商品、策划方案、一次完成的开播检查、一份完整的直播日志和平台数据，每个工作区都有真实内容可看。之后可在“帮助”菜单中一键删除。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adding the sample show…</source>
        <translation>正在添加示例直播…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sample show added. Remove it from the Help menu.</source>
        <translation>示例直播已添加。可在“帮助”菜单中删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample show</source>
        <translation>示例直播</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not add the sample: {reason}</source>
        <translation>无法添加示例：{reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the sample show</source>
        <translation>删除示例直播</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the sample shows and the sample products? Your own shows and products stay.</source>
        <translation>删除示例直播场次和示例商品？你自己的场次和商品会保留。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed {shows} sample shows and {products} sample products.</source>
        <translation>已删除 {shows} 场示例直播和 {products} 个示例商品。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../livestudio/settings.py" line="+45"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default stream preset</source>
        <translation>默认推流规格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom preset</source>
        <translation>自定义规格</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chime at the end of a segment</source>
        <translation>环节结束时播放提示音</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chime volume</source>
        <translation>提示音音量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording folder</source>
        <translation>录像文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups to keep</source>
        <translation>保留备份数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upload test endpoint</source>
        <translation>上传测速地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for OBS text files</source>
        <translation>OBS 文本文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overlay server for OBS</source>
        <translation>OBS 叠加层服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overlay server port</source>
        <translation>叠加层服务端口</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Studio network interface</source>
        <translation>工作室网络接口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Studio network port</source>
        <translation>工作室网络端口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OBS WebSocket address</source>
        <translation>OBS WebSocket 地址</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use global hotkeys</source>
        <translation>使用全局快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next segment</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a sale</source>
        <translation>记录一单成交</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+1 minute</source>
        <translation>加 1 分钟</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../livestudio/ui/settings/dialog.py" line="+15"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streaming</source>
        <translation>直播推流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data and backups</source>
        <translation>数据与备份</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+15"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A new language applies after LiveStudio restarts.</source>
        <translation>更换语言后需重新启动 LiveStudio 才会生效。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} — {w}×{h}, {fps} fps, {kbps} kbps</source>
        <translation>{name} — {w}×{h}，{fps} 帧/秒，{kbps} kbps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> fps</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> kbps</source>
        <translation> kbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custom preset</source>
        <translation>自定义规格</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Play</source>
        <translation>试听</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the chime at this volume</source>
        <translation>用这个音量播放提示音</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LiveStudio backs up the database once a day when it opens and keeps the newest ones. Copies made before a restore are never deleted.</source>
        <translation>LiveStudio 每天启动时自动备份一次数据库，并保留最新的几份。恢复前自动保存的副本永远不会被删除。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups (newest first):</source>
        <translation>备份（最新的在前）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Restart LiveStudio?</source>
        <translation>重新启动 LiveStudio？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used after a restart. Restart LiveStudio now?</source>
        <translation>新语言将在重新启动后生效。现在重新启动 LiveStudio 吗？</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{when} — {kind} — {size}</source>
        <translation>{when} — {kind} — {size}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore this backup?</source>
        <translation>恢复这个备份？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace all current data with the backup {name}?

Your current data is copied to the backup folder first, so you can go back. LiveStudio restarts afterwards.</source>
        <translation>用备份 {name} 替换当前的全部数据吗？

当前数据会先复制到备份文件夹，随时可以找回。恢复后 LiveStudio 会重新启动。</translation>
    </message>
</context>
<context>
    <name>SheetChooserDialog</name>
    <message>
        <location filename="../../livestudio/ui/products/dialogs.py" line="-364"/>
        <source>Choose a sheet</source>
        <translation>选择工作表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has several sheets. Which one holds the products?</source>
        <translation>{file} 包含多个工作表。商品数据在哪一个工作表中？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
</context>
<context>
    <name>ShowTable</name>
    <message>
        <location filename="../../livestudio/ui/plan/shows_panel.py" line="+25"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../livestudio/ui/startup.py" line="+56"/>
        <source>The database is empty</source>
        <translation>数据库是空的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a LiveStudio database</source>
        <translation>不是 LiveStudio 数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database from a newer LiveStudio</source>
        <translation>来自更新版本 LiveStudio 的数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is in use</source>
        <translation>数据库正在被使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be written</source>
        <translation>数据库无法写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The newest good backup is {name}. Restore it? The current file is kept beside it, renamed, so nothing is lost.</source>
        <translation>最新的可用备份是 {name}。要恢复吗？当前文件会改名后保留在旁边，不会丢失任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore newest good backup</source>
        <translation>恢复最新的可用备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No good backup was found. The file was left exactly as it is.</source>
        <translation>没有找到可用的备份。文件保持原样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with an empty store</source>
        <translation>从空数据库开始</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>LiveStudio needs some free space even to read the store.</source>
        <translation>即使只是读取数据库，LiveStudio 也需要一些空闲空间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start LiveStudio with another file (--db PATH), or move this file away first.</source>
        <translation>请用另一个文件启动 LiveStudio（--db PATH），或先把这个文件移走。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup could not be restored: {reason}</source>
        <translation>无法恢复备份：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../livestudio/app.py" line="-136"/>
        <location filename="../../livestudio/ui/startup.py" line="-85"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} could not be opened: {reason}</source>
        <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../livestudio/ui/startup.py" line="+8"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../livestudio/core/db.py" line="+374"/>
        <source>{path} does not exist and its folder is read-only, so it cannot be created.</source>
        <translation>{path} 不存在，且其所在文件夹为只读，无法创建。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no free space on {drive} to create {path}. Free some space first.</source>
        <translation>{drive} 上没有空闲空间来创建 {path}。请先腾出一些空间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} does not exist yet; a new store is created.</source>
        <translation>{path} 尚不存在；将新建一个数据库。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+64"/>
        <source>{path} could not be read: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>{path} is empty (0 bytes): its contents were lost, for example by a failed copy or sync. It was not changed.</source>
        <translation>{path} 是空文件（0 字节）：其内容已丢失，例如复制或同步失败。文件未被改动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is not a LiveStudio database (it is not an SQLite file); it was not changed.</source>
        <translation>{path} 不是 LiveStudio 数据库（不是 SQLite 文件）；文件未被改动。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+111"/>
        <source>{path} is locked by another program (a backup or sync tool, or another LiveStudio). Close it and try again; the file was not changed.</source>
        <translation>{path} 被另一个程序锁定（备份或同步工具，或另一个 LiveStudio）。请关闭它后重试；文件未被改动。</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>{path} is damaged and cannot be read ({reason}).</source>
        <translation>{path} 已损坏，无法读取（{reason}）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk holding {path} ({drive}) is full. Free some space and try again.</source>
        <translation>存放 {path} 的磁盘（{drive}）已满。请腾出一些空间后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+97"/>
        <source>{path} is on a read-only disk or folder.</source>
        <translation>{path} 位于只读的磁盘或文件夹中。</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>{path} is damaged (integrity check: {detail}).</source>
        <translation>{path} 已损坏（完整性检查：{detail}）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is an SQLite file but not a LiveStudio database; it was not changed.</source>
        <translation>{path} 是 SQLite 文件，但不是 LiveStudio 数据库；文件未被改动。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} was written by a newer version of LiveStudio (schema {rev}). Update LiveStudio to open it; the file was not changed.</source>
        <translation>{path} 由更新版本的 LiveStudio 写入（数据结构 {rev}）。请更新 LiveStudio 后再打开；文件未被改动。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is on a read-only disk or folder, so nothing could be saved. Copy it to a folder you can write to, or make the disk writable, and try again.</source>
        <translation>{path} 位于只读的磁盘或文件夹中，无法保存任何内容。请把它复制到可写的文件夹，或让磁盘可写，然后重试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+44"/>
        <source>The disk holding {path} ({drive}) is full. Free some space and try again; your data was not changed.</source>
        <translation>存放 {path} 的磁盘（{drive}）已满。请腾出一些空间后重试；您的数据未被改动。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} could not be opened: {reason}</source>
        <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+182"/>
        <location line="+25"/>
        <source>{name} is not an intact LiveStudio backup; nothing was changed.</source>
        <translation>{name} 不是完整的 LiveStudio 备份；未做任何改动。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>there is not enough free space on {drive}</source>
        <translation>{drive} 上的空闲空间不足</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup could not be copied beside the store ({reason}); nothing was changed.</source>
        <translation>无法把备份复制到数据库旁边（{reason}）；未做任何改动。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The backup could not be put in place ({reason}); your store was put back.</source>
        <translation>无法放回备份（{reason}）；您的数据库已还原为原样。</translation>
    </message>
</context>
<context>
    <name>StoreStatusBanner</name>
    <message>
        <location filename="../../livestudio/ui/live/store_status.py" line="+58"/>
        <source>This live run was ended elsewhere (the command line or another window); nothing more is logged to it.</source>
        <translation>这条直播记录已在别处结束（命令行或另一个窗口）；不会再记录任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free space on {drive}; the show goes on, {n} actions waiting.</source>
        <translation>请在 {drive} 上腾出空间；直播照常进行，{n} 条操作等待保存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store&apos;s disk is read-only; the show goes on, {n} actions waiting. Make it writable to save them.</source>
        <translation>数据库所在磁盘为只读；直播照常进行，{n} 条操作等待保存。让磁盘可写即可保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving {n} actions…</source>
        <translation>正在保存 {n} 条操作…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet — retrying ({n} actions waiting).</source>
        <translation>尚未保存——正在重试（{n} 条操作等待保存）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in memory only: do not close LiveStudio.</source>
        <translation>仅保存在内存中：请不要关闭 LiveStudio。</translation>
    </message>
</context>
<context>
    <name>StreamHealthChart</name>
    <message>
        <location filename="../../livestudio/ui/review/health_chart.py" line="+38"/>
        <source>Bitrate (kbps)</source>
        <translation>码率（kbps）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes from the start</source>
        <translation>开播后的分钟数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped frames (%)</source>
        <translation>丢帧（%）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Bitrate</source>
        <translation>码率</translation>
    </message>
</context>
<context>
    <name>StudioNetworkDialog</name>
    <message>
        <location filename="../../livestudio/ui/live/studio_network.py" line="+80"/>
        <source>Studio network</source>
        <translation>工作室网络</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phones and tablets on the same Wi-Fi can open a read-only host view: the countdown, the segment, what is next, the cue and talking points, your message and the promotions. Nothing can be changed from them.</source>
        <translation>同一 Wi-Fi 下的手机和平板可以打开只读的主播提词屏：倒计时、当前环节、下一个环节、提词和讲解要点、给主播的消息以及促销活动。在这些设备上无法更改任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New link (the old one stops working)</source>
        <translation>新链接（旧链接随即失效）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone on this network who has the link can read the host view. A new link shuts out every device that had the old one. Turn sharing off after the show.</source>
        <translation>此网络中任何拿到链接的人都能查看主播提词屏。生成新链接后，持有旧链接的设备都会被断开。直播结束后请关闭共享。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{interface} — {address}</source>
        <translation>{interface} — {address}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not share on {address}:{port}: {reason}</source>
        <translation>无法在 {address}:{port} 上共享：{reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share the host view on this network</source>
        <translation>在此网络上共享主播提词屏</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>On. Scan the code with the phone&apos;s camera, or type the link.</source>
        <translation>已开启。用手机相机扫描二维码，或输入链接。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Off. Nothing is reachable from other devices.</source>
        <translation>已关闭。其他设备无法访问。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No network found. Connect this computer to the studio Wi-Fi, then press Refresh.</source>
        <translation>未找到网络。请将这台电脑连接到工作室 Wi-Fi，然后点击“刷新”。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Devices watching: {n}</source>
        <translation>正在查看的设备：{n}</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../livestudio/ui/live/dialogs.py" line="-116"/>
        <source>Show summary — {title}</source>
        <translation>直播总结 — {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Ran {actual} against a plan of {planned} ({over}).</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;实际时长 {actual}，计划时长 {planned}（{over}）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+30"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>not run</source>
        <translation>未进行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segments</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no product)</source>
        <translation>（无商品）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units logged</source>
        <translation>记录件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Promotion</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limit</source>
        <translation>限量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell-through</source>
        <translation>售罄率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open in &amp;Review</source>
        <translation>在复盘中打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TagListEdit</name>
    <message>
        <location filename="../../livestudio/ui/plan/overview.py" line="-316"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../livestudio/core/plan/tasks.py" line="+48"/>
        <source>On show day</source>
        <translation>开播当天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n day(s) before the show</source>
        <translation>开播前 %n 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n day(s) after the show</source>
        <translation>下播后 %n 天</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;{phase}&apos; is not a phase (before, during, after)</source>
        <translation>“{phase}”不是有效的阶段（before、during、after）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A task needs a title</source>
        <translation>任务必须填写标题</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That show no longer exists</source>
        <translation>该直播场次已不存在</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+42"/>
        <source>That task no longer exists</source>
        <translation>该任务已不存在</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../livestudio/ui/plan/tasks_page.py" line="+52"/>
        <location line="+232"/>
        <source>Add task</source>
        <extracomment>&quot;now&quot; for overdue marks; tests and screenshots replace it</extracomment>
        <translation>添加任务</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the standard list</source>
        <translation>添加标准清单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product selection, stock check, coupon setup, preview post, rehearsal, device test, review…</source>
        <translation>选品、库存核对、优惠券设置、预热发布、彩排、设备测试、复盘…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+49"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+52"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected task</source>
        <translation>所选任务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who does it</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Relative to the show</source>
        <translation>相对开播时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a date</source>
        <translation>指定日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+272"/>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Days before the show; a negative number is days after it</source>
        <translation>开播前的天数；负数表示开播后的天数</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+82"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a show to plan its preparation.</source>
        <translation>选择一个直播场次来规划筹备工作。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{phase} ({done}/{n} done)</source>
        <translation>{phase}（已完成 {done}/{n}）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Was due {when}</source>
        <translation>截止时间为 {when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The show has no start time yet, so relative due dates are not known.</source>
        <translation>该场次还没有设置开播时间，因此无法确定相对截止日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show starts {when}.</source>
        <translation>开播时间：{when}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{open} open, {late} overdue</source>
        <translation>{open} 项未完成，{late} 项逾期</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the standard task list</source>
        <translation>添加标准任务清单</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move task</source>
        <translation>移动任务</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+42"/>
        <source>Tick task</source>
        <translation>勾选任务</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>Untick task</source>
        <translation>取消勾选任务</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Rename task</source>
        <translation>重命名任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change task owner</source>
        <translation>修改任务负责人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change task phase</source>
        <translation>修改任务阶段</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due relative to the show</source>
        <translation>相对开播时间的截止日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>Change due date</source>
        <translation>修改截止日期</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../livestudio/ui/check/template_dialog.py" line="+30"/>
        <source>Edit checklist</source>
        <translation>编辑检查清单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add item</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — a required item that is not ticked blocks the show (NO-GO).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — 未勾选的必需项会阻止开播（不能开播）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New item</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Empty checklist</source>
        <translation>检查清单为空</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep at least one item.</source>
        <translation>请至少保留一个项目。</translation>
    </message>
</context>
<context>
    <name>TightenDialog</name>
    <message>
        <location filename="../../livestudio/ui/live/dialogs.py" line="-131"/>
        <source>Tighten remaining segments</source>
        <translation>压缩剩余环节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale every remaining segment</source>
        <translation>按比例压缩所有剩余环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trim from the last segments</source>
        <translation>从最后的环节开始削减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segment</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>调整后</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Projected end now: {before}. After: {after}.</source>
        <translation>当前预计结束时间：{before}。调整后：{after}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to change.</source>
        <translation>无需调整。</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../livestudio/ui/review/charts.py" line="+99"/>
        <source>Minutes from the start</source>
        <translation>开播后分钟数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>Online viewers</source>
        <translation>在线人数</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Cumulative GMV / orders</source>
        <translation>累计 GMV / 订单数</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{title} (planned)</source>
        <translation>{title}（计划）</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cumulative GMV ({currency})</source>
        <translation>累计 GMV（{currency}）</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>online {n}</source>
        <translation>在线 {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entries {n}</source>
        <translation>进场 {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments {n}</source>
        <translation>评论 {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders {n}</source>
        <translation>订单 {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>questions {n}</source>
        <translation>提问 {n}</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Entries</source>
        <translation>进场人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cumulative orders</source>
        <translation>累计订单数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logged sale</source>
        <translation>记录的成交</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+28"/>
        <source>Minute {m}</source>
        <translation>第 {m} 分钟</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>GMV {v}</source>
        <translation>GMV {v}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../livestudio/ui/review/timeline.py" line="+28"/>
        <source>Segment</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers at start</source>
        <translation>开始时在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers at end</source>
        <translation>结束时在线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gained / lost</source>
        <translation>增减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders during</source>
        <translation>期间订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GMV during</source>
        <translation>期间 GMV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units logged</source>
        <translation>记录件数</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Point at the chart to see that minute.</source>
        <translation>将鼠标指向图表查看该分钟的数据。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Viewers gained / lost per segment</source>
        <translation>各环节观众增减</translation>
    </message>
</context>
<context>
    <name>TrafficPanel</name>
    <message>
        <location filename="../../livestudio/ui/review/traffic_panel.py" line="+65"/>
        <source>Import traffic sources…</source>
        <translation>导入流量来源…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A traffic-source breakdown from the platform: Douyin 流量来源 (直播推荐, 短视频引流, 关注, 搜索, 千川 …) or TikTok traffic sources (For You, Following, LIVE tab, Search, Ads …), as .xlsx or .csv. It replaces this show&apos;s sources.</source>
        <translation>平台导出的流量来源明细：抖音流量来源（直播推荐、短视频引流、关注、搜索、千川 …）或 TikTok traffic sources（For You、Following、LIVE tab、Search、Ads …），.xlsx 或 .csv 格式。导入后替换本场直播原有的流量来源。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save these sources</source>
        <translation>保存这些流量来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+226"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Rows that could not be read</source>
        <translation>无法读取的行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No traffic sources for this show yet. Import the platform&apos;s traffic-source breakdown to see where the viewers came from.</source>
        <translation>本场直播还没有流量来源数据。导入平台的流量来源明细，即可看到观众从哪里来。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>付费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GMV</source>
        <translation>GMV (成交额)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+112"/>
        <source>Traffic sources</source>
        <translation>流量来源</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Traffic sources · {title}</source>
        <translation>流量来源 · {title}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{title}: {evidence} {action}</source>
        <translation>{title}：{evidence}{action}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>paid</source>
        <translation>付费</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paid: {share} of viewers</source>
        <translation>付费：占观看人数 {share}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share of viewers by source</source>
        <translation>各来源的观看人数占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of viewers</source>
        <translation>观看人数占比 (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paid share of viewers (%), per show</source>
        <translation>各场次付费流量的观看人数占比 (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversion (%) = buyers ÷ unique viewers, per show</source>
        <translation>各场次转化率 (%) = 成交人数 ÷ 观看人数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Across your {n} {cur} shows with traffic sources, oldest first.</source>
        <translation>您有流量来源数据的 {n} 场 {cur} 直播，按时间从早到晚。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import traffic sources</source>
        <translation>导入流量来源</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{file}: {n} sources read (paid {paid}).</source>
        <translation>{file}：读取了 {n} 个流量来源（付费 {paid}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} rows skipped, listed below.</source>
        <translation>跳过了 {n} 行，见下方列表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} cells left empty, listed below.</source>
        <translation>{n} 个单元格已留空，见下方列表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is saved until you press Save.</source>
        <translation>按“保存”之前不会保存任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../livestudio/ui/check/banner.py" line="+48"/>
        <source>Not checked yet — press Run all</source>
        <translation>尚未检查——请点击“全部检测”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blocking: {names}</source>
        <translation>阻止开播：{names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings: {names}</source>
        <translation>警告：{names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not run yet: {names}</source>
        <translation>尚未检测：{names}</translation>
    </message>
</context>
<context>
    <name>_ChangesModel</name>
    <message>
        <location filename="../../livestudio/ui/products/dialogs.py" line="+120"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Was: {old}</source>
        <translation>原为：{old}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>_EntryBar</name>
    <message>
        <location filename="../../livestudio/ui/live/entry.py" line="-15"/>
        <source>Enter to log · Esc to cancel</source>
        <translation>回车记录 · Esc 取消</translation>
    </message>
</context>
<context>
    <name>_RejectedModel</name>
    <message>
        <location filename="../../livestudio/ui/products/dialogs.py" line="+20"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SKU</source>
        <translation>商品编码 (SKU)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was rejected</source>
        <translation>拒绝原因</translation>
    </message>
</context>
<context>
    <name>_WarningsModel</name>
    <message>
        <location line="+30"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The cell holds</source>
        <translation>单元格内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>exporter</name>
    <message>
        <location filename="../../livestudio/ui/plan/integration.py" line="+44"/>
        <source>Export &amp;run sheet…</source>
        <translation>导出流程单(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the current show&apos;s plan: PDF (A4 or Letter) or Excel</source>
        <translation>打印当前场次的策划方案：PDF（A4 或 Letter）或 Excel</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../livestudio/ui/check/export.py" line="+23"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export check run</source>
        <translation>导出检查记录</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
</context>
</TS>
