<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../talentdesk/gui/error_dialog.py" line="33"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/error_dialog.py" line="37"/>
        <source>Something went wrong that talentdesk did not expect. Your saved data is safe. Please copy the details below and send them to your administrator.</source>
        <translation>talentdesk 遇到了意外错误。已保存的数据是安全的。请复制下面的详细信息并发送给系统管理员。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/error_dialog.py" line="49"/>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="74"/>
        <source>Set up talentdesk</source>
        <translation>初始化 talentdesk</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="77"/>
        <source>This database has no users yet. Create the administrator account; the administrator then adds the other users.</source>
        <translation>此数据库尚无用户。请创建管理员账号，之后由管理员添加其他用户。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="83"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="84"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="85"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="86"/>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="100"/>
        <source>Sign in to %s</source>
        <translation>登录 %s</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="101"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="102"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../talentdesk/gui/main_window.py" line="25"/>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/main_window.py" line="26"/>
        <location filename="../../talentdesk/app.py" line="126"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/main_window.py" line="27"/>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/main_window.py" line="28"/>
        <source>Employers</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/main_window.py" line="29"/>
        <source>Young researchers</source>
        <translation>青年人才</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/main_window.py" line="30"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/main_window.py" line="31"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/main_window.py" line="46"/>
        <source>talentdesk — foreign talent and young researchers</source>
        <translation>talentdesk — 外国人才与青年科技人才服务</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/main_window.py" line="80"/>
        <source>User: %s</source>
        <translation>用户：%s</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/main_window.py" line="81"/>
        <source>Role: %s</source>
        <translation>角色：%s</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/main_window.py" line="82"/>
        <source>Database: %s</source>
        <translation>数据库：%s</translation>
    </message>
</context>
<context>
    <name>PlaceholderView</name>
    <message>
        <location filename="../../talentdesk/gui/views/placeholder_view.py" line="13"/>
        <source>%s: this area is not available in this version yet.</source>
        <translation>%s：此功能在当前版本中尚未提供。</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../talentdesk/gui/views/settings_view.py" line="32"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/views/settings_view.py" line="36"/>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/views/settings_view.py" line="50"/>
        <source>Saved. The language changes when talentdesk starts again.</source>
        <translation>已保存。界面语言将在下次启动 talentdesk 时生效。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../talentdesk/gui/texts/accounts.py" line="9"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/texts/accounts.py" line="10"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/texts/accounts.py" line="11"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/texts/accounts.py" line="12"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/texts/accounts.py" line="17"/>
        <source>{field} is required.</source>
        <translation>请填写“{field}”。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/texts/accounts.py" line="18"/>
        <source>{field}: use {min} to {max} letters, digits, dots, dashes or underscores.</source>
        <translation>{field}：请使用 {min} 至 {max} 个字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/texts/accounts.py" line="21"/>
        <source>{field} must have at least {min} characters.</source>
        <translation>{field}至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/texts/accounts.py" line="24"/>
        <source>{field} must contain both letters and digits.</source>
        <translation>{field}必须同时包含字母和数字。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/texts/accounts.py" line="27"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="33"/>
        <source>The database is busy in another window. Please try again in a moment.</source>
        <translation>数据库正被另一个窗口使用，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="36"/>
        <source>The database file is damaged or is not a talentdesk database.</source>
        <translation>数据库文件已损坏，或不是 talentdesk 数据库。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="39"/>
        <source>The database cannot be reached.</source>
        <translation>无法连接数据库。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="40"/>
        <source>This database was written by a newer version of talentdesk. Please install the newer version; nothing has been changed.</source>
        <translation>此数据库由更新版本的 talentdesk 创建。请安装新版本；数据库未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="45"/>
        <source>Upgrading the database failed. It has been restored to the state before the upgrade.</source>
        <translation>数据库升级失败，已恢复到升级前的状态。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="52"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="53"/>
        <source>Too many failed attempts. This account is locked for 15 minutes.</source>
        <translation>登录失败次数过多，此账号已锁定 15 分钟。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="56"/>
        <source>This account has been disabled.</source>
        <translation>此账号已被停用。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="96"/>
        <source>The database cannot be used.</source>
        <translation>数据库无法使用。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="99"/>
        <source>Your role is not allowed to do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="102"/>
        <source>Someone else changed this record in the meantime. Please reload it.</source>
        <translation>此记录已被他人修改，请重新加载。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="107"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="110"/>
        <source>The workbook cannot be read: {detail}</source>
        <translation>无法读取该工作簿：{detail}</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="117"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="118"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="119"/>
        <source>Clerk</source>
        <translation>窗口受理员</translation>
    </message>
    <message>
        <location filename="../../talentdesk/gui/messages.py" line="120"/>
        <source>HR officer</source>
        <translation>人事专员</translation>
    </message>
</context>
</TS>
