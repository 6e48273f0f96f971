<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ApplicantWindow</name>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="102" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="106" />
      <source>Sur&amp;name:</source>
      <translation>姓(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="107" />
      <source>&amp;Given names:</source>
      <translation>名(&amp;G)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="108" />
      <source>C&amp;hinese name:</source>
      <translation>中文姓名(&amp;H)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="112" />
      <source>Se&amp;x:</source>
      <translation>性别(&amp;X)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="114" />
      <source>Date of &amp;birth:</source>
      <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="116" />
      <source>Nationali&amp;ty:</source>
      <translation>国籍(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="118" />
      <source>Ph&amp;one:</source>
      <translation>联系电话(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="119" />
      <source>&amp;E-mail:</source>
      <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="121" />
      <source>not known</source>
      <translation>不详</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="124" />
      <source>Highest e&amp;ducation:</source>
      <translation>最高学历(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="125" />
      <source>&amp;Visa or residence status:</source>
      <translation>现持签证或居留状态(&amp;V)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="127" />
      <source>It is a different person: s&amp;ave anyway</source>
      <translation>确认不是同一人，仍然保存(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="137" />
      <source>Passports</source>
      <translation>护照</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="139" />
      <source>Passport number</source>
      <translation>护照号码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="139" />
      <source>Issuing state</source>
      <translation>签发国</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="139" />
      <source>Expiry date</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="140" />
      <source>In use</source>
      <translation>当前使用</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="140" />
      <source>Recorded on</source>
      <translation>登记日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="140" />
      <source>Recorded by</source>
      <translation>登记人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="142" />
      <source>Passport histor&amp;y:</source>
      <translation>护照记录(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="144" />
      <source>&amp;Renew passport…</source>
      <translation>换发护照(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="148" />
      <source>Show &amp;full numbers</source>
      <translation>显示完整号码(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="179" />
      <source>Applicant %1</source>
      <translation>申请人 %1</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="203" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="253" />
      <source>These details match an applicant already on file: %1. If it is a different person, tick the box and save again.</source>
      <translation>以上信息与已登记的申请人相符：%1。如确认不是同一人，请勾选下方选项后再次保存。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="265" />
      <source>New passport recorded; the old one stays in the history.</source>
      <translation>新护照已登记，原护照保留在护照记录中。</translation>
    </message>
  </context>
  <context>
    <name>ApplicantsView</name>
    <message>
      <location filename="../../talentdesk/gui/views/applicants_view.py" line="50" />
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicants_view.py" line="50" />
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicants_view.py" line="50" />
      <source>Unspecified</source>
      <translation>未指明</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicants_view.py" line="52" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicants_view.py" line="53" />
      <source>Chinese name</source>
      <translation>中文姓名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicants_view.py" line="54" />
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicants_view.py" line="55" />
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicants_view.py" line="56" />
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicants_view.py" line="58" />
      <source>Passport number</source>
      <translation>护照号码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicants_view.py" line="69" />
      <source>&amp;Nationality:</source>
      <translation>国籍(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicants_view.py" line="69" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicants_view.py" line="70" />
      <source>Search name, Chinese name or passport number (Ctrl+F)</source>
      <translation>搜索姓名、中文姓名或护照号码（Ctrl+F）</translation>
    </message>
  </context>
  <context>
    <name>AuditModel</name>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="77" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="78" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="79" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="80" />
      <source>Workstation</source>
      <translation>工作站</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="81" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="82" />
      <source>Object</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="83" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="45" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="45" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="137" />
      <source>All users</source>
      <translation>全部用户</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="145" />
      <source>&amp;User:</source>
      <translation>用户(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="146" />
      <source>&amp;Action:</source>
      <translation>操作(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="147" />
      <source>&amp;Object:</source>
      <translation>对象(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="148" />
      <source>&amp;From:</source>
      <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="149" />
      <source>&amp;To:</source>
      <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="157" />
      <source>&amp;Search</source>
      <translation>查询(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="170" />
      <source>&amp;Previous page</source>
      <translation>上一页(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="172" />
      <source>&amp;Next page</source>
      <translation>下一页(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="175" />
      <source>&amp;Verify the audit trail</source>
      <translation>校验审计日志(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="201" />
      <source>Any</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="224" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/audit_view.py" line="254" />
      <source>Page {page} of {pages} · {total} entries</source>
      <translation>第 {page}/{pages} 页 · 共 {total} 条</translation>
    </message>
  </context>
  <context>
    <name>BackupsView</name>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="51" />
      <source>Backups are taken at every start, daily, and before upgrades and imports; the newest {keep} of each kind are kept. Manual backups are kept until deleted by hand. Folder: {folder}</source>
      <translation>每次启动、每天以及升级和导入前都会自动备份，每类保留最新的 {keep} 份；手动备份一直保留，直至手工删除。备份文件夹：{folder}</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="59" />
      <source>Taken</source>
      <translation>备份时间</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="59" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="59" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="59" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="62" />
      <source>&amp;Back up now</source>
      <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="64" />
      <source>&amp;Restore selected backup…</source>
      <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="66" />
      <source>Restore from &amp;file…</source>
      <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="120" />
      <source>Backup written: %s</source>
      <translation>备份已写入：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="130" />
      <source>Restore from file</source>
      <translation>从文件恢复</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="132" />
      <source>talentdesk databases (*.sqlite3 *.db);;All files (*)</source>
      <translation>talentdesk 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="141" />
      <location filename="../../talentdesk/gui/views/backups_view.py" line="161" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="143" />
      <source>Replace the current database by {file}?

The current database is backed up first. Everyone working on it must sign in again afterwards.</source>
      <translation>确定用 {file} 替换当前数据库吗？

系统会先备份当前数据库。恢复后，所有正在使用的用户都需要重新登录。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/backups_view.py" line="163" />
      <source>The database was restored from {file}. The previous state was saved as {saved}.

Please sign in again.</source>
      <translation>数据库已从 {file} 恢复，恢复前的数据已另存为 {saved}。

请重新登录。</translation>
    </message>
  </context>
  <context>
    <name>CalendarAdminPage</name>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="61" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="61" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="61" />
      <source>Notice</source>
      <translation>通知文号</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="61" />
      <source>Changed by</source>
      <translation>修改人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="82" />
      <source>e.g. 国办发明电〔2026〕12号</source>
      <translation>例如：国办发明电〔2026〕12号</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="84" />
      <source>&amp;Date:</source>
      <translation>日期(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="84" />
      <source>&amp;Kind:</source>
      <translation>类型(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="85" />
      <source>&amp;Notice that set it:</source>
      <translation>依据通知(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="89" />
      <source>&amp;Save day</source>
      <translation>保存该日(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="91" />
      <source>&amp;Remove day</source>
      <translation>删除该日(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="93" />
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="156" />
      <source>Declare year &amp;complete</source>
      <translation>声明本年度已录入完整(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="101" />
      <source>&amp;Year:</source>
      <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="112" />
      <source>Working days come from the official schedules in chinesecalendar. Enter each year's holidays and make-up working days here as soon as the State Council publishes them, with the notice; deadlines in a year that is neither covered nor declared complete are marked provisional.</source>
      <translation>工作日依据 chinesecalendar 收录的国务院节假日安排计算。国务院公布新年度安排后，请及时在此录入该年度的法定节假日和调休上班日，并注明通知文号；对既未收录也未声明录入完整的年度，期限标为“暂定”。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="145" />
      <source>The working-day library covers %s.</source>
      <translation>工作日数据库已包含 %s 年。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="146" />
      <source>The working-day library does not cover %s.</source>
      <translation>工作日数据库未包含 %s 年。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="148" />
      <source>Declared complete by %s (%s).</source>
      <translation>已由 %s 声明录入完整（%s）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="153" />
      <source>Deadlines in this year are provisional.</source>
      <translation>该年度的期限为暂定。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="155" />
      <source>&amp;Withdraw declaration</source>
      <translation>撤销完整声明(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="190" />
      <source>This date has no entry.</source>
      <translation>该日期没有记录。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/calendar_admin_page.py" line="210" />
      <source>Saved. %s open deadlines were computed again.</source>
      <translation>已保存。已重新计算 %s 个在办期限。</translation>
    </message>
  </context>
  <context>
    <name>CaseActionsWidget</name>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="163" />
      <source>Why, what was agreed, who was told …</source>
      <translation>原因、约定事项、告知对象……</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="180" />
      <source>One deficiency per line</source>
      <translation>每行填写一个问题</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="188" />
      <source>Co&amp;mment:</source>
      <translation>备注(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="191" />
      <source>&amp;Deficiencies (when returning):</source>
      <translation>存在问题（退回时填写）(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="226" />
      <source>Case %s: %s</source>
      <translation>案件 %s：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="268" />
      <source>due %s</source>
      <translation>期限 %s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="189" />
      <source>Wor&amp;king day of the step:</source>
      <translation>办理日期（工作日）(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="190" />
      <source>Refusal reas&amp;ons (when refusing):</source>
      <translation>不予许可理由（不予许可时勾选）(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="321" />
      <source>Prin&amp;t</source>
      <translation>打印(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="326" />
      <source>%s…</source>
      <translation>%s…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="328" />
      <source>%s as PDF…</source>
      <translation>%s（另存为 PDF）…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="344" />
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="345" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>CaseBulkActions</name>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_bulk_actions.py" line="47" />
      <source>Assign se&amp;lected to:</source>
      <translation>将所选案件分配给(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_bulk_actions.py" line="52" />
      <source>&amp;Print selected</source>
      <translation>打印所选案件(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_bulk_actions.py" line="100" />
      <source>Select cases and a clerk first.</source>
      <translation>请先选择案件和承办人。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_bulk_actions.py" line="107" />
      <source>%s cases assigned to %s.</source>
      <translation>已将 %s 个案件分配给%s。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_bulk_actions.py" line="114" />
      <source>Select cases first.</source>
      <translation>请先选择案件。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_bulk_actions.py" line="117" />
      <source>%s of %s documents printed.</source>
      <translation>已打印 %s / %s 份文书。</translation>
    </message>
  </context>
  <context>
    <name>CaseDetailView</name>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="126" />
      <source>Applicant, employer and post</source>
      <translation>申请人、用人单位及岗位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="130" />
      <source>Applicant:</source>
      <translation>申请人：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="131" />
      <source>Passport:</source>
      <translation>护照：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="132" />
      <source>Employer:</source>
      <translation>用人单位：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="133" />
      <source>Business type:</source>
      <translation>业务类型：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="134" />
      <source>Position:</source>
      <translation>工作岗位：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="135" />
      <source>Annual salary:</source>
      <translation>年薪：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="136" />
      <source>Contract period:</source>
      <translation>合同期限：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="137" />
      <source>Place of work:</source>
      <translation>工作地点：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="146" />
      <source>Show full num&amp;ber</source>
      <translation>显示完整号码(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="159" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="164" />
      <source>Points item</source>
      <translation>计分项</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="164" />
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="164" />
      <source>Why</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="170" />
      <source>Permits</source>
      <translation>证件办理</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="171" />
      <source>Permit</source>
      <translation>证件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="171" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="171" />
      <source>Deadline</source>
      <translation>时限</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="177" />
      <source>Checklist</source>
      <translation>材料清单</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="179" />
      <source>Required</source>
      <translation>是否必需</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="179" />
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="428" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="179" />
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="428" />
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="179" />
      <source>Material</source>
      <translation>材料</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="180" />
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="428" />
      <source>Document date</source>
      <translation>材料日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="180" />
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="429" />
      <source>Apostille</source>
      <translation>认证</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="180" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="189" />
      <source>Needed when it cannot be provided</source>
      <translation>无法提供时须填写</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="192" />
      <source>no date</source>
      <translation>无日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="193" />
      <source>Aut&amp;henticated (apostille or legalisation)</source>
      <translation>已办理海牙认证或领事认证(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="195" />
      <source>Save document status</source>
      <translation>保存材料状态</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="206" />
      <source>Pro&amp;gress:</source>
      <translation>材料状态(&amp;G)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="207" />
      <source>E&amp;xplanation:</source>
      <translation>说明(&amp;X)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="208" />
      <source>Document da&amp;y:</source>
      <translation>材料日期(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="235" />
      <source>Case %1</source>
      <translation>案件 %1</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="292" />
      <source>Suggested: %1</source>
      <translation>建议类别：%1</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="295" />
      <source>Reason for another category: %1</source>
      <translation>改变类别的理由：%1</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="298" />
      <source>Routes met: %1</source>
      <translation>符合条件：%1</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="304" />
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="314" />
      <source>Missing, accepted for now</source>
      <translation>容缺受理</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="316" />
      <source>required</source>
      <translation>必需</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="316" />
      <source>optional</source>
      <translation>非必需</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="323" />
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="426" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="408" />
      <source>%1 of case %2</source>
      <translation>案件 %2 的%1</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="420" />
      <source>Not saved: this document was changed in another window.</source>
      <translation>未保存：该材料已在另一个窗口中被修改。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/case_detail_view.py" line="426" />
      <source>no</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>CaseTimelineWidget</name>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="49" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="49" />
      <source>Working day</source>
      <translation>办理日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="49" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="49" />
      <source>Permit</source>
      <translation>证件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="50" />
      <source>Step</source>
      <translation>环节</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="50" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="50" />
      <source>Comment and details</source>
      <translation>备注及详情</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="101" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="103" />
      <source>Reasons: %s</source>
      <translation>理由：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="106" />
      <source>Deficiencies: %s</source>
      <translation>存在问题：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="108" />
      <source>Accepted with items missing: %s</source>
      <translation>容缺受理，待补材料：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="111" />
      <source>Permit %s, valid %s to %s</source>
      <translation>证件号 %s，有效期 %s 至 %s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="114" />
      <source>Handed from %s to %s</source>
      <translation>由 %s 转交 %s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="117" />
      <source>Due %s</source>
      <translation>期限 %s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_timeline.py" line="119" />
      <source>%s, copy %s, to %s</source>
      <translation>%s，第 %s 份，输出至%s</translation>
    </message>
  </context>
  <context>
    <name>CaseWindows</name>
    <message>
      <location filename="../../talentdesk/gui/views/case_windows.py" line="29" />
      <source>&amp;New case intake…</source>
      <translation>新建受理(&amp;N)…</translation>
    </message>
  </context>
  <context>
    <name>CasesView</name>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="120" />
      <source>Case number</source>
      <translation>案件编号</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="121" />
      <source>Received on</source>
      <translation>收件日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="122" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="123" />
      <source>Chinese name</source>
      <translation>中文姓名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="124" />
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="125" />
      <source>Employer</source>
      <translation>用人单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="126" />
      <source>Business type</source>
      <translation>业务类型</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="127" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="128" />
      <source>Work permit</source>
      <translation>工作许可</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="129" />
      <source>Residence permit</source>
      <translation>居留许可</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="130" />
      <source>Due date</source>
      <translation>到期日</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="131" />
      <source>Deadline</source>
      <translation>时限</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="60" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="64" />
      <source>&amp;Show:</source>
      <translation>显示(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="65" />
      <source>My cases</source>
      <translation>我的案件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="66" />
      <source>All cases</source>
      <translation>全部案件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="70" />
      <source>&amp;Window:</source>
      <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="71" />
      <source>My window</source>
      <translation>本窗口</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="72" />
      <source>All windows</source>
      <translation>全部窗口</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="74" />
      <source>&amp;Track:</source>
      <translation>许可类型(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="75" />
      <source>St&amp;ate:</source>
      <translation>状态(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="78" />
      <source>&amp;Business type:</source>
      <translation>业务类型(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="83" />
      <source>Cate&amp;gory:</source>
      <translation>类别(&amp;G)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="85" />
      <source>&amp;Nationality:</source>
      <translation>国籍(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="88" />
      <source>&amp;Deadline:</source>
      <translation>时限(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="90" />
      <source>Overdue</source>
      <translation>已超期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="91" />
      <source>Due this week</source>
      <translation>本周到期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/cases_view.py" line="99" />
      <source>Search case number, name, passport number or employer (Ctrl+F)</source>
      <translation>搜索案件编号、姓名、护照号码或用人单位（Ctrl+F）</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="89" />
      <source>Choose your own password</source>
      <translation>设置您自己的密码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="95" />
      <source>An administrator has reset your password. Choose your own now; nobody else should know it.</source>
      <translation>管理员已重置您的密码。请现在设置您自己的密码，不要让他人知道。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="101" />
      <source>&amp;New password:</source>
      <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="102" />
      <source>&amp;Repeat new password:</source>
      <translation>再次输入新密码(&amp;R)：</translation>
    </message>
  </context>
  <context>
    <name>ChartPanel</name>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="304" />
      <source>Save chart as &amp;PNG…</source>
      <translation>保存图片(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="328" />
      <source>Save chart</source>
      <translation>保存图表</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="328" />
      <source>PNG images (*.png)</source>
      <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="331" />
      <source>The image could not be saved.</source>
      <translation>图片无法保存。</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/conflict_dialog.py" line="53" />
      <source>Changed in another window</source>
      <translation>已在另一个窗口中修改</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/conflict_dialog.py" line="57" />
      <source>{record} was saved in another window while you were editing it. Differences are highlighted. Which version should stay?</source>
      <translation>您编辑期间，{record}已在另一个窗口中保存。不同之处已突出显示。请选择保留哪个版本。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/conflict_dialog.py" line="66" />
      <source>Field</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/conflict_dialog.py" line="66" />
      <source>Yours</source>
      <translation>您的版本</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/conflict_dialog.py" line="66" />
      <source>Saved now</source>
      <translation>当前已保存的版本</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/conflict_dialog.py" line="79" />
      <source>&amp;Keep mine</source>
      <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/conflict_dialog.py" line="80" />
      <source>Save your values over the version saved meanwhile.</source>
      <translation>用您的内容覆盖期间已保存的版本。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/conflict_dialog.py" line="81" />
      <source>&amp;Take theirs</source>
      <translation>采用已保存的(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/conflict_dialog.py" line="82" />
      <source>Drop your changes and show the saved version.</source>
      <translation>放弃您的修改，显示已保存的版本。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/conflict_dialog.py" line="84" />
      <source>Save nothing now; your input stays in the form.</source>
      <translation>暂不保存；您输入的内容保留在表单中。</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <location filename="../../talentdesk/gui/views/dashboard_view.py" line="48" />
      <source>Nothing needs your attention here.</source>
      <translation>暂无待处理事项。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/dashboard_view.py" line="94" />
      <source>Expiry radar: %s items need attention</source>
      <translation>到期提醒：%s 项待处理</translation>
    </message>
  </context>
  <context>
    <name>DocumentTemplatesPage</name>
    <message>
      <location filename="../../talentdesk/gui/views/document_templates_page.py" line="55" />
      <source>Pre&amp;view</source>
      <translation>预览(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/document_templates_page.py" line="57" />
      <source>&amp;Save template</source>
      <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/document_templates_page.py" line="59" />
      <source>Restore the &amp;default</source>
      <translation>恢复默认模板(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/document_templates_page.py" line="66" />
      <source>Document &amp;type:</source>
      <translation>文书种类(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/document_templates_page.py" line="101" />
      <source>Placeholders: %s</source>
      <translation>可用占位符：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/document_templates_page.py" line="107" />
      <source>Shipped template</source>
      <translation>系统默认模板</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/document_templates_page.py" line="108" />
      <source>The office's own template</source>
      <translation>本单位自定义模板</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/document_templates_page.py" line="129" />
      <source>Saved. The next print uses this template.</source>
      <translation>已保存。下次打印将使用此模板。</translation>
    </message>
  </context>
  <context>
    <name>EmployerDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="179" />
      <source>New employer</source>
      <translation>新建用人单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="184" />
      <source>Employer &amp;name:</source>
      <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="185" />
      <source>&amp;USCC:</source>
      <translation>统一社会信用代码(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="189" />
      <source>&amp;City:</source>
      <translation>城市(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="190" />
      <source>&amp;Handler:</source>
      <translation>经办人(&amp;H)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="191" />
      <source>Handler &amp;phone:</source>
      <translation>经办人电话(&amp;P)：</translation>
    </message>
  </context>
  <context>
    <name>EmployerWindow</name>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="59" />
      <source>Employer</source>
      <translation>用人单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="63" />
      <source>&amp;Name:</source>
      <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="64" />
      <source>&amp;USCC:</source>
      <translation>统一社会信用代码(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="70" />
      <source>C&amp;ity:</source>
      <translation>所在城市(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="72" />
      <source>&amp;District:</source>
      <translation>区（县）(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="73" />
      <source>&amp;Address:</source>
      <translation>地址(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="75" />
      <source>Ph&amp;one:</source>
      <translation>联系电话(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="76" />
      <source>&amp;E-mail:</source>
      <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="77" />
      <source>&amp;Handlers (1–3):</source>
      <translation>授权经办人（1–3名）(&amp;H)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="84" />
      <source>Credit no&amp;tes:</source>
      <translation>信用情况备注(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="85" />
      <source>&amp;Fortune Global 500</source>
      <translation>世界500强企业(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="88" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="89" />
      <source>municipal</source>
      <translation>市级</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="90" />
      <source>provincial</source>
      <translation>省级</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="91" />
      <source>Foreign expert studio le&amp;vel:</source>
      <translation>外国专家工作室级别(&amp;V)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="96" />
      <source>Studio named in &amp;year:</source>
      <translation>工作室认定年份(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="110" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="110" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="110" />
      <source>E-mail</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="142" />
      <source>Handler %1</source>
      <translation>经办人 %1</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employer_window.py" line="149" />
      <source>Employer %1</source>
      <translation>用人单位 %1</translation>
    </message>
  </context>
  <context>
    <name>EmployersView</name>
    <message>
      <location filename="../../talentdesk/gui/views/employers_view.py" line="36" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employers_view.py" line="37" />
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employers_view.py" line="39" />
      <source>City</source>
      <translation>所在城市</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employers_view.py" line="40" />
      <source>District</source>
      <translation>区（县）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employers_view.py" line="38" />
      <source>Case count</source>
      <translation>案件数</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employers_view.py" line="51" />
      <source>&amp;City:</source>
      <translation>城市(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employers_view.py" line="51" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/employers_view.py" line="52" />
      <source>Search name or unified social credit code (Ctrl+F)</source>
      <translation>搜索单位名称或统一社会信用代码（Ctrl+F）</translation>
    </message>
  </context>
  <context>
    <name>EnrollmentDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_dialog.py" line="33" />
      <source>Enroll %s</source>
      <translation>%s 入选登记</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_dialog.py" line="40" />
      <source>&amp;Program:</source>
      <translation>人才项目(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_dialog.py" line="44" />
      <source>Evaluation &amp;category:</source>
      <translation>评价类别(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_dialog.py" line="45" />
      <source>Call &amp;year:</source>
      <translation>申报年度(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_dialog.py" line="48" />
      <source>The call has an application &amp;deadline</source>
      <translation>本批申报设有截止日期(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_dialog.py" line="51" />
      <source>Application dead&amp;line:</source>
      <translation>申报截止日期(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_dialog.py" line="54" />
      <source>&amp;Start of the cycle:</source>
      <translation>周期开始日期(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_dialog.py" line="105" />
      <source>Eligible: the program has no age limit.</source>
      <translation>符合条件：该项目无年龄限制。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_dialog.py" line="107" />
      <source>Eligible: aged %1 on the reference date %2.</source>
      <translation>符合条件：截至参考日 %2 年满 %1 周岁。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_dialog.py" line="113" />
      <source>Checkpoints:</source>
      <translation>考核节点：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_dialog.py" line="116" />
      <source>Cycle ends: %s</source>
      <translation>周期结束：%s</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../talentdesk/gui/error_dialog.py" line="33" />
      <source>Unexpected error</source>
      <translation>意外错误</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/error_dialog.py" line="37" />
      <source>Something went wrong that talentdesk did not expect. Your saved data is safe. Please copy the details below and send them to your administrator.</source>
      <translation>talentdesk 遇到了意外错误。已保存的数据是安全的。请复制下面的详细信息并发送给系统管理员。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/error_dialog.py" line="49" />
      <source>&amp;Copy details</source>
      <translation>复制详细信息(&amp;C)</translation>
    </message>
  </context>
  <context>
    <name>ExportAction</name>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="32" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="33" />
      <source>Issued permits</source>
      <translation>已发证件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="34" />
      <source>Expiring permits</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="35" />
      <source>Foreign nationals</source>
      <translation>外国人员</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="36" />
      <source>Employers</source>
      <translation>用人单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="37" />
      <source>Young researchers</source>
      <translation>青年人才</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="38" />
      <source>Assessment results</source>
      <translation>考核结果</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="39" />
      <source>Audit trail</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="45" />
      <source>E&amp;xport expiring permits…</source>
      <translation>导出即将到期证件(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="46" />
      <source>Export &amp;issued permits…</source>
      <translation>导出已发证件(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="47" />
      <source>Export &amp;assessment results…</source>
      <translation>导出考核结果(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="49" />
      <source>Exp&amp;ort to Excel…</source>
      <translation>导出Excel(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="54" />
      <source>Export the issued permits of the cases as filtered to an Excel roster</source>
      <translation>将当前筛选出的案件的已发证件导出为 Excel 花名册</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="56" />
      <source>Export the assessment results of the researchers as filtered to an Excel roster</source>
      <translation>将当前筛选出的青年科技人才的考核结果导出为 Excel 花名册</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="71" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="44" />
      <source>E&amp;xport to Excel…</source>
      <translation>导出Excel(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="125" />
      <source>Export the rows as filtered to an Excel roster (Ctrl+E)</source>
      <translation>将当前筛选出的记录导出为 Excel 花名册（Ctrl+E）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="171" />
      <source>Writing {file}…</source>
      <translation>正在写入 {file}…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="172" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="69" />
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="178" />
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="231" />
      <source>Export to Excel</source>
      <translation>导出Excel</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="208" />
      <source>{rows} rows written to {file}. Passport and ID numbers are masked.</source>
      <translation>已导出 {rows} 行，保存至 {file}。护照号码、身份证号码已作脱敏处理。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="210" />
      <source>{rows} rows written to {file}.</source>
      <translation>已导出 {rows} 行，保存至 {file}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="215" />
      <source>Export cancelled; no file was written.</source>
      <translation>导出已取消，未生成文件。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/export_action.py" line="222" />
      <source>Could not write {file}: {reason}</source>
      <translation>无法写入 {file}：{reason}</translation>
    </message>
  </context>
  <context>
    <name>ExtensionDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_changes.py" line="26" />
      <source>Extension of %s</source>
      <translation>“%s”延期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_changes.py" line="31" />
      <source>&amp;Reason:</source>
      <translation>原因(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_changes.py" line="33" />
      <source>&amp;From:</source>
      <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_changes.py" line="34" />
      <source>&amp;To (inclusive):</source>
      <translation>截止日期（含）(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_changes.py" line="35" />
      <source>&amp;Approved by:</source>
      <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_changes.py" line="36" />
      <source>&amp;Note:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
  </context>
  <context>
    <name>FieldRows</name>
    <message>
      <location filename="../../talentdesk/gui/widgets/field_rows.py" line="68" />
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
  </context>
  <context>
    <name>FirstAdminDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="35" />
      <source>Set up talentdesk</source>
      <translation>初始化 talentdesk</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="38" />
      <source>This database has no users yet. Create the administrator account; the administrator then adds the other users.</source>
      <translation>此数据库尚无用户。请创建管理员账号，之后由管理员添加其他用户。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="44" />
      <source>&amp;User name:</source>
      <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="45" />
      <source>&amp;Full name:</source>
      <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="46" />
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="47" />
      <source>&amp;Repeat password:</source>
      <translation>确认密码(&amp;R)：</translation>
    </message>
  </context>
  <context>
    <name>FormConflict</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/form_conflict.py" line="40" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/form_conflict.py" line="41" />
      <source>no</source>
      <translation>否</translation>
    </message>
  </context>
  <context>
    <name>ImportAction</name>
    <message>
      <location filename="../../talentdesk/gui/widgets/import_action.py" line="31" />
      <source>&amp;Import from Excel…</source>
      <translation>导入Excel(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/import_action.py" line="39" />
      <source>Check and import a roster from an Excel file (Ctrl+I)</source>
      <translation>校验并从 Excel 文件导入花名册（Ctrl+I）</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="55" />
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="56" />
      <source>Update</source>
      <translation>更新</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="57" />
      <source>Unchanged</source>
      <translation>无变化</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="58" />
      <source>Error</source>
      <translation>有错误</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="61" />
      <source>Import foreign nationals</source>
      <translation>导入外国人信息</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="62" />
      <source>Import employers</source>
      <translation>导入用人单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="63" />
      <source>Import young researchers</source>
      <translation>导入青年科技人才</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="66" />
      <source>Foreign nationals import template</source>
      <translation>外国人信息导入模板</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="67" />
      <source>Employers import template</source>
      <translation>用人单位导入模板</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="68" />
      <source>Young researchers import template</source>
      <translation>青年科技人才导入模板</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="71" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="114" />
      <source>Row</source>
      <translation>行号</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="115" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="116" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="117" />
      <source>Field</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="118" />
      <source>Reason or change</source>
      <translation>原因或变更</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="213" />
      <source>No file chosen</source>
      <translation>尚未选择文件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="214" />
      <source>&amp;Choose file…</source>
      <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="216" />
      <source>Download &amp;template…</source>
      <translation>下载模板(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="223" />
      <source>&amp;Stop</source>
      <translation>停止(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="225" />
      <source>Choose an Excel roster; every row is checked before anything is imported.</source>
      <translation>请选择 Excel 花名册；导入前将逐行校验。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="244" />
      <source>Save &amp;error report…</source>
      <translation>保存错误报告(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="246" />
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="467" />
      <source>&amp;Import</source>
      <translation>导入(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="248" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="298" />
      <source>Reading and checking {file}…</source>
      <translation>正在读取并校验 {file}…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="299" />
      <source>{rows} rows read…</source>
      <translation>已读取 {rows} 行…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="312" />
      <source>Importing {rows} rows…</source>
      <translation>正在导入 {rows} 行…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="313" />
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="334" />
      <source>{rows} rows written…</source>
      <translation>已写入 {rows} 行…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="322" />
      <source>{name} - errors</source>
      <translation>{name}-错误报告</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="324" />
      <source>Save error report</source>
      <translation>保存错误报告</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="333" />
      <source>Writing {file}…</source>
      <translation>正在写入 {file}…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="336" />
      <source>Error report with {rows} rows saved to {file}.</source>
      <translation>错误报告（{rows} 行）已保存至 {file}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="343" />
      <source>Save import template</source>
      <translation>保存导入模板</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="351" />
      <source>Template saved to {file}.</source>
      <translation>模板已保存至 {file}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="414" />
      <source>The file cannot be used: {reason}</source>
      <translation>无法使用该文件：{reason}</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="425" />
      <source>Rows with errors are not imported. Save the error report, correct it and import it again.</source>
      <translation>有错误的行不会导入。请保存错误报告，修改后重新导入。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="428" />
      <source>Every row is valid.</source>
      <translation>所有行均校验通过。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="430" />
      <source>Nothing to import: every row is already on file.</source>
      <translation>无需导入：所有行均已在库且无变化。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="437" />
      <source>Imported: {new} new, {updated} updated.</source>
      <translation>导入完成：新增 {new} 条，更新 {updated} 条。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="442" />
      <source> {rows} rows with errors were not imported: save the error report, correct it and import it again.</source>
      <translation>{rows} 行有错误，未导入：请保存错误报告，修改后重新导入。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/import_dialog.py" line="466" />
      <source>&amp;Import {rows} rows</source>
      <translation>导入 {rows} 行(&amp;I)</translation>
    </message>
  </context>
  <context>
    <name>IntakeDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="215" />
      <source>New case intake</source>
      <translation>新建受理</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="252" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="321" />
      <source>Passport machine-readable zone</source>
      <translation>护照机读区</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="312" />
      <source>Scan, paste or type both lines, then press Enter</source>
      <translation>扫描、粘贴或输入两行机读码，然后按回车</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="319" />
      <source>&amp;MRZ:</source>
      <translation>机读区(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="346" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="349" />
      <source>Names chec&amp;ked against the passport</source>
      <translation>姓名已与护照核对(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="353" />
      <source>&amp;Given names:</source>
      <translation>名(&amp;G)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="359" />
      <source>Se&amp;x:</source>
      <translation>性别(&amp;X)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="361" />
      <source>Date of &amp;birth:</source>
      <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="365" />
      <source>Nationali&amp;ty:</source>
      <translation>国籍(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="367" />
      <source>&amp;Passport number:</source>
      <translation>护照号码(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="371" />
      <source>&amp;Issuing state:</source>
      <translation>签发国(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="376" />
      <source>C&amp;hinese name:</source>
      <translation>中文姓名(&amp;H)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="386" />
      <source>Already registered?</source>
      <translation>是否已登记？</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="393" />
      <source>Field</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="393" />
      <source>On file</source>
      <translation>现有记录</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="393" />
      <source>From the MRZ</source>
      <translation>机读区读取</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="398" />
      <source>&amp;Use the existing applicant record</source>
      <translation>使用已有申请人记录(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="410" />
      <source>Employer</source>
      <translation>用人单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="413" />
      <source>Name or unified social credit code</source>
      <translation>单位名称或统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="416" />
      <source>Empl&amp;oyer:</source>
      <translation>用人单位(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="436" />
      <source>Application</source>
      <translation>申请事项</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="442" />
      <source>Business t&amp;ype:</source>
      <translation>业务类型(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="446" />
      <source>RMB per year</source>
      <translation>元／年</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="447" />
      <source>Annual s&amp;alary:</source>
      <translation>年薪(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="471" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="501" />
      <source>A degree in education, language or teaching, a home-country teacher certificate or an accepted TEFL certificate (taken in China or of 120 class hours or more)</source>
      <translation>教育类、语言类或师范类专业学位，所在国教师资格证书，或经认可的TEFL证书（在华取得或不少于120学时）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="504" />
      <source>Relaxation of the B age limit appro&amp;ved</source>
      <translation>B类年龄上限已获批放宽(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="580" />
      <source>Points item</source>
      <translation>计分项</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="580" />
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="580" />
      <source>Why</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="606" />
      <source>Case saved</source>
      <translation>案件已保存</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="352" />
      <source>Sur&amp;name:</source>
      <translation>姓(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="373" />
      <source>Passport &amp;expiry:</source>
      <translation>护照有效期至(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="401" />
      <source>Existing re&amp;cord:</source>
      <translation>已有记录(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="425" />
      <source>Ne&amp;w employer…</source>
      <translation>新建用人单位(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="444" />
      <source>&amp;Job title:</source>
      <translation>工作岗位(&amp;J)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="476" />
      <source>&amp;Qualification (degree):</source>
      <translation>最高学位(&amp;Q)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="530" />
      <source>no certificate</source>
      <translation>无证书</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="532" />
      <source>HSK %1</source>
      <translation>HSK %1级</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="539" />
      <source>none of these (Jiangsu)</source>
      <translation>均不属于（江苏）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="552" />
      <source>Local encouragement bonus:</source>
      <translation>地方鼓励性加分：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="566" />
      <source>%1 (&amp;%2)</source>
      <translation>%1(&amp;%2)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="575" />
      <source>Points and suggested category</source>
      <translation>积分与建议类别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="599" />
      <source>Category (&amp;Z):</source>
      <translation>类别(&amp;Z)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="601" />
      <source>&amp;Reason for another category:</source>
      <translation>改变类别的理由(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="675" />
      <source>Please check the names</source>
      <translation>请核对姓名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="739" />
      <source>Chosen: %1</source>
      <translation>已选：%1</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="823" />
      <source>Suggested: %1</source>
      <translation>建议类别：%1</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="524" />
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="824" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="323" />
      <source>Read</source>
      <translation>读取</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="453" />
      <source>Contract end</source>
      <translation>合同截止日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="454" />
      <source>Contract &amp;from … to:</source>
      <translation>合同期限(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="462" />
      <source>Venue (district, address)</source>
      <translation>具体地点</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="463" />
      <source>Place of emp&amp;loyment:</source>
      <translation>工作地点(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="479" />
      <source>Work experience in years (&amp;8):</source>
      <translation>工作年限（年）(&amp;8)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="492" />
      <source>Confirmed from &amp;documents:</source>
      <translation>经材料核实(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="499" />
      <source>Qualified teacher: 2 years waived</source>
      <translation>有教学资质，免2年经历</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="496" />
      <source>Teaching experience in years (&amp;9):</source>
      <translation>语言教学经历（年）(&amp;9)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="511" />
      <source>Score by points (&amp;0)</source>
      <translation>按计点积分评估(&amp;0)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="521" />
      <source>Months in China per year (&amp;1):</source>
      <translation>每年在华工作月数(&amp;1)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="527" />
      <source>Vocational certificate (&amp;2):</source>
      <translation>职业技能资格证书(&amp;2)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="533" />
      <source>Chinese (HSK) level (&amp;3):</source>
      <translation>汉语水平（HSK）(&amp;3)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="542" />
      <source>Work location bonus (&amp;6):</source>
      <translation>工作定向(&amp;6)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="545" />
      <source>Extra credit, one counts, at most 5 points (&amp;7):</source>
      <translation>加分项（不累加，最高5分）(&amp;7)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="832" />
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="846" />
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="883" />
      <source>This person may already be registered: compare the records and tick “Use the existing applicant record”, or check the data.</source>
      <translation>此人可能已登记：请比对记录并勾选“使用已有申请人记录”，或核对所填信息。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="960" />
      <source>Case number: %1</source>
      <translation>受理编号：%1</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="964" />
      <source>required</source>
      <translation>必需</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/intake_dialog.py" line="964" />
      <source>optional</source>
      <translation>非必需</translation>
    </message>
  </context>
  <context>
    <name>IssuePermitDialog</name>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="71" />
      <source>Issue %s</source>
      <translation>发放%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="80" />
      <source>Permit &amp;number:</source>
      <translation>证件号码(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="81" />
      <source>Valid &amp;from:</source>
      <translation>有效期自(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="82" />
      <source>Valid &amp;until:</source>
      <translation>有效期至(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/case_actions.py" line="121" />
      <source>Press OK again to issue the permit anyway.</source>
      <translation>如确认无误，请再次点击“确定”发证。</translation>
    </message>
  </context>
  <context>
    <name>ListView</name>
    <message>
      <location filename="../../talentdesk/gui/widgets/list_view.py" line="99" />
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/widgets/list_view.py" line="258" />
      <source>{count} records</source>
      <translation>共 {count} 条</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <location filename="../../talentdesk/gui/idle_lock.py" line="65" />
      <location filename="../../talentdesk/gui/idle_lock.py" line="69" />
      <source>talentdesk is locked</source>
      <translation>talentdesk 已锁定</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/idle_lock.py" line="74" />
      <source>Signed in as {name} ({username}). Enter your password to continue.</source>
      <translation>当前登录用户：{name}（{username}）。请输入密码以继续。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/idle_lock.py" line="82" />
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/idle_lock.py" line="88" />
      <source>&amp;Unlock</source>
      <translation>解锁(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/idle_lock.py" line="91" />
      <source>Sign &amp;out</source>
      <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/idle_lock.py" line="92" />
      <source>Changes not saved yet are lost.</source>
      <translation>尚未保存的修改将会丢失。</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="65" />
      <source>Sign in to %s</source>
      <translation>登录 %s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="66" />
      <source>&amp;User name:</source>
      <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/sign_in.py" line="67" />
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../talentdesk/gui/main_window.py" line="26" />
      <source>Dashboard</source>
      <translation>工作台</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/main_window.py" line="27" />
      <location filename="../../talentdesk/app.py" line="198" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/main_window.py" line="28" />
      <source>Applicants</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/main_window.py" line="29" />
      <source>Employers</source>
      <translation>用人单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/main_window.py" line="30" />
      <source>Young researchers</source>
      <translation>青年人才</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/main_window.py" line="31" />
      <source>Statistics</source>
      <translation>统计</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/main_window.py" line="32" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/main_window.py" line="52" />
      <source>talentdesk — foreign talent and young researchers</source>
      <translation>talentdesk — 外国人才与青年科技人才服务</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/main_window.py" line="99" />
      <source>User: %s</source>
      <translation>用户：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/main_window.py" line="100" />
      <source>Role: %s</source>
      <translation>角色：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/main_window.py" line="101" />
      <source>Database: %s</source>
      <translation>数据库：%s</translation>
    </message>
  </context>
  <context>
    <name>NewUserDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/user_dialogs.py" line="54" />
      <source>New user</source>
      <translation>新建用户</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/user_dialogs.py" line="55" />
      <source>&amp;User name:</source>
      <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/user_dialogs.py" line="56" />
      <source>&amp;Full name:</source>
      <translation>姓名(&amp;F)：</translation>
    </message>
  </context>
  <context>
    <name>PlaceholderView</name>
    <message>
      <location filename="../../talentdesk/gui/views/placeholder_view.py" line="13" />
      <source>%s: this area is not available in this version yet.</source>
      <translation>%s：此功能在当前版本中尚未提供。</translation>
    </message>
  </context>
  <context>
    <name>ProgramEditor</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="93" />
      <source>Program: %s</source>
      <translation>人才项目：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="94" />
      <source>New program</source>
      <translation>新建人才项目</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="97" />
      <source>&amp;General</source>
      <translation>基本信息(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="98" />
      <source>&amp;Age rule</source>
      <translation>年龄条件(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="99" />
      <source>&amp;Checkpoints</source>
      <translation>考核节点(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="100" />
      <source>G&amp;rades and quota</source>
      <translation>等级与名额(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="101" />
      <source>&amp;Funding and works</source>
      <translation>经费与代表作(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="106" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="140" />
      <source> years</source>
      <translation> 年</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="143" />
      <source>Code:</source>
      <translation>项目代码：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="144" />
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="145" />
      <source>Owner:</source>
      <translation>主管部门：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="146" />
      <source>Level:</source>
      <translation>级别：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="147" />
      <source>Evaluation categories:</source>
      <translation>评价类别：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="148" />
      <source>Cycle:</source>
      <translation>周期：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="149" />
      <source>Source:</source>
      <translation>依据来源：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="155" />
      <source>The program has an age limit</source>
      <translation>该项目有年龄限制</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="158" />
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="159" />
      <source>as above</source>
      <translation>同上</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="162" />
      <source>at most N years (不超过)</source>
      <translation>不超过 N 周岁（含）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="163" />
      <source>under N years (未满)</source>
      <translation>未满 N 周岁</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="176" />
      <source>Limit (years):</source>
      <translation>年龄上限（周岁）：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="177" />
      <source>Limit for men:</source>
      <translation>男性上限：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="178" />
      <source>Limit for women:</source>
      <translation>女性上限：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="179" />
      <source>Counted as:</source>
      <translation>计算方式：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="180" />
      <source>Age counted on:</source>
      <translation>年龄计算基准：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="181" />
      <source>Month and day of the call year:</source>
      <translation>申报年度的月、日：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="182" />
      <source>Fixed date:</source>
      <translation>固定日期：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="195" />
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="225" />
      <source>Key</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="195" />
      <source>Kind (annual, mid_term, final)</source>
      <translation>类型（annual 年度、mid_term 中期、final 期满）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="196" />
      <source>Due after months</source>
      <translation>起始后第几个月到期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="204" />
      <source>Grade</source>
      <translation>等级代码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="204" />
      <source>Label</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="205" />
      <source>Minimum score</source>
      <translation>最低分</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="211" />
      <source>no quota</source>
      <translation>不限名额</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="216" />
      <source>Scale:</source>
      <translation>等级标准：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="217" />
      <source>Grades, best first:</source>
      <translation>等级（从高到低）：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="218" />
      <source>Most in the top grade:</source>
      <translation>最高等级名额上限：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="219" />
      <source>Combining reviewers:</source>
      <translation>专家评分汇总：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="220" />
      <source>Trim only with at least (reviewers):</source>
      <translation>专家人数达到以下时才去掉最高最低分：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="225" />
      <source>Share (e.g. 1/3)</source>
      <translation>比例（如 1/3）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="226" />
      <source>Released by checkpoint (empty: at the start)</source>
      <translation>由哪个考核节点放款（空：入选时拨付）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="234" />
      <source>no cap</source>
      <translation>不设上限</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="237" />
      <source>Support per person (yuan, empty if it varies):</source>
      <translation>每人资助额度（元，不固定时留空）：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="238" />
      <source>Representative works at most:</source>
      <translation>代表作数量上限：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="239" />
      <source>Papers in Chinese journals at least (e.g. 1/3):</source>
      <translation>国内期刊论文最低比例（如 1/3）：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="246" />
      <source>Add &amp;row</source>
      <translation>添加行(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/program_editor.py" line="248" />
      <source>Remo&amp;ve row</source>
      <translation>删除行(&amp;V)</translation>
    </message>
  </context>
  <context>
    <name>ProgramsDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/programs_dialog.py" line="37" />
      <source>Talent programs</source>
      <translation>人才项目</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/programs_dialog.py" line="42" />
      <source>&amp;Edit…</source>
      <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/programs_dialog.py" line="43" />
      <source>New from &amp;copy…</source>
      <translation>复制新建(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/programs_dialog.py" line="44" />
      <source>&amp;Withdraw or offer again</source>
      <translation>停用或重新启用(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/programs_dialog.py" line="77" />
      <source> — withdrawn</source>
      <translation> — 已停用</translation>
    </message>
  </context>
  <context>
    <name>RadarPanel</name>
    <message>
      <location filename="../../talentdesk/gui/views/radar_panel.py" line="60" />
      <source>Expiry radar</source>
      <translation>到期提醒</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_panel.py" line="65" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_panel.py" line="65" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_panel.py" line="65" />
      <source>Permit</source>
      <translation>证件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_panel.py" line="65" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_panel.py" line="66" />
      <source>Remaining</source>
      <translation>剩余</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_panel.py" line="66" />
      <source>Assigned to</source>
      <translation>承办人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_panel.py" line="72" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_panel.py" line="74" />
      <source>Mark &amp;handled</source>
      <translation>标记已处理(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_panel.py" line="109" />
      <source>Permits expiring within %s days</source>
      <translation>%s 天内到期的证件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_panel.py" line="154" />
      <source>Show more (%s of %s shown)…</source>
      <translation>显示更多（已显示 %s / %s）…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_panel.py" line="172" />
      <source>%s days</source>
      <translation>%s 天</translation>
    </message>
  </context>
  <context>
    <name>RadarSettingsPage</name>
    <message>
      <location filename="../../talentdesk/gui/views/radar_settings_page.py" line="38" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_settings_page.py" line="41" />
      <source>Show permits this many days before &amp;expiry:</source>
      <translation>证件到期前提前提醒的天数(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_settings_page.py" line="42" />
      <source>Show extensions this many days before the &amp;30-day deadline:</source>
      <translation>在30日截止日前提前提醒延期的天数(&amp;3)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_settings_page.py" line="48" />
      <source>&amp;Save lead times</source>
      <translation>保存提醒时间(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/radar_settings_page.py" line="94" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
  </context>
  <context>
    <name>RecordWindow</name>
    <message>
      <location filename="../../talentdesk/gui/views/record_window.py" line="85" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/record_window.py" line="92" />
      <source>Re&amp;load</source>
      <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/record_window.py" line="94" />
      <source>Read the record again; unsaved changes are lost</source>
      <translation>重新读取记录，未保存的修改将丢失</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/record_window.py" line="96" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/record_window.py" line="131" />
      <source>Search these cases (Ctrl+F)</source>
      <translation>在这些案件中查找（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/record_window.py" line="134" />
      <source>&amp;Cases:</source>
      <translation>案件(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/record_window.py" line="187" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/record_window.py" line="206" />
      <source>Your changes were dropped; this is the version saved in the other window.</source>
      <translation>已放弃您的修改，现显示另一个窗口中保存的版本。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/record_window.py" line="213" />
      <source>Not saved: this record was changed in another window.</source>
      <translation>未保存：此记录已在另一个窗口中被修改。</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/recovery.py" line="40" />
      <source>%s cannot open its database</source>
      <translation>%s 无法打开数据库</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/recovery.py" line="45" />
      <source>The database file {path} is missing or empty, although backups of it exist.</source>
      <translation>数据库文件 {path} 不存在或为空，但存在该数据库的备份。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/recovery.py" line="49" />
      <source>The database file {path} is damaged or is not a talentdesk database.</source>
      <translation>数据库文件 {path} 已损坏，或不是 talentdesk 数据库。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/recovery.py" line="58" />
      <source>&amp;Restore the backup</source>
      <translation>恢复备份(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/recovery.py" line="60" />
      <source>Start with an &amp;empty database</source>
      <translation>使用空数据库(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/recovery.py" line="62" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/recovery.py" line="71" />
      <source>No usable backup was found. The file has not been changed; please ask your administrator for help.</source>
      <translation>未找到可用的备份。数据库文件未作任何更改，请联系系统管理员。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/recovery.py" line="75" />
      <source>The newest good backup was taken on {time} ({reason}). Restoring it loses the changes made since then. A damaged file is kept in the backups folder.</source>
      <translation>最新的完好备份时间为 {time}（{reason}）。恢复后，此后所做的修改将会丢失。损坏的文件将保留在备份文件夹中。</translation>
    </message>
  </context>
  <context>
    <name>RenewPassportDialog</name>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="276" />
      <source>Renew passport</source>
      <translation>换发护照</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="285" />
      <source>New passport &amp;number:</source>
      <translation>新护照号码(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="290" />
      <source>&amp;Issuing state:</source>
      <translation>签发国(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/applicant_window.py" line="294" />
      <source>&amp;Expiry date:</source>
      <translation>有效期至(&amp;E)：</translation>
    </message>
  </context>
  <context>
    <name>ResearcherAlertsPanel</name>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_alerts_panel.py" line="68" />
      <source>Young researchers: alerts</source>
      <translation>青年人才考核提醒</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_alerts_panel.py" line="72" />
      <source>&amp;Refresh alerts</source>
      <translation>刷新提醒(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_alerts_panel.py" line="78" />
      <source>Alert</source>
      <translation>提醒</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_alerts_panel.py" line="78" />
      <source>Researcher</source>
      <translation>人才</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_alerts_panel.py" line="78" />
      <source>Program</source>
      <translation>人才项目</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_alerts_panel.py" line="79" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_alerts_panel.py" line="104" />
      <source>Reading alerts…</source>
      <translation>正在读取提醒…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_alerts_panel.py" line="148" />
      <source>… and %s more</source>
      <translation>…… 另有 %s 条</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_alerts_panel.py" line="150" />
      <source>No alerts.</source>
      <translation>暂无提醒。</translation>
    </message>
  </context>
  <context>
    <name>ResearcherDetail</name>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="78" />
      <source>Age on:</source>
      <translation>截至日期：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="85" />
      <source>&amp;Edit…</source>
      <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="86" />
      <source>En&amp;roll…</source>
      <translation>入选登记(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="87" />
      <source>E&amp;xtension…</source>
      <translation>延期(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="89" />
      <source>End ear&amp;ly…</source>
      <translation>提前终止(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="91" />
      <source>Re&amp;view checkpoint…</source>
      <translation>考核评审(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="93" />
      <source>Record &amp;payment</source>
      <translation>登记拨付(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="94" />
      <source>Representative &amp;works…</source>
      <translation>代表作(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="96" />
      <source>Funding and rewar&amp;ds…</source>
      <translation>经费与奖励(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="106" />
      <source>Enrollment / checkpoint</source>
      <translation>入选项目 / 考核节点</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="106" />
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="107" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="107" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="156" />
      <source>mentor %s</source>
      <translation>导师 %s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="166" />
      <source>%s years</source>
      <translation>%s 周岁</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="174" />
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="204" />
      <source> (agreed %s)</source>
      <translation>（原定 %s）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="179" />
      <source>version %s</source>
      <translation>版本 %s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="188" />
      <source>Extension: %s</source>
      <translation>延期：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="190" />
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="198" />
      <source>approved by %s</source>
      <translation>批准人：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="197" />
      <source>Individual plan</source>
      <translation>一人一策</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="206" />
      <source>cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="208" />
      <source>report received %s</source>
      <translation>%s 收到报告</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="210" />
      <source>report overdue</source>
      <translation>报告逾期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="212" />
      <source>to come</source>
      <translation>未到期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="221" />
      <source>due %s</source>
      <translation>期限 %s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="225" />
      <source>Work: %1 “%2”</source>
      <translation>代表作：%1《%2》</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="233" />
      <source>Tranche %1: %2 yuan</source>
      <translation>经费 %1：%2 元</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="281" />
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="289" />
      <source>Select an enrollment first.</source>
      <translation>请先选择一个入选项目。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="297" />
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="308" />
      <source>Select a checkpoint first.</source>
      <translation>请先选择一个考核节点。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researcher_detail.py" line="347" />
      <source>Select a tranche first.</source>
      <translation>请先选择一期经费。</translation>
    </message>
  </context>
  <context>
    <name>ResearcherDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="36" />
      <source>Edit researcher</source>
      <translation>编辑人才信息</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="36" />
      <source>New researcher</source>
      <translation>新增人才</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="42" />
      <source>&amp;Name:</source>
      <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="43" />
      <source>ID &amp;type:</source>
      <translation>证件类型(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="45" />
      <source>ID &amp;number:</source>
      <translation>证件号码(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="46" />
      <source>&amp;Sex:</source>
      <translation>性别(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="47" />
      <source>Date of &amp;birth:</source>
      <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="48" />
      <source>&amp;Unit:</source>
      <translation>单位(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="49" />
      <source>&amp;Department:</source>
      <translation>部门(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="50" />
      <source>Disci&amp;pline:</source>
      <translation>学科(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="54" />
      <source>T&amp;itle:</source>
      <translation>职称(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="57" />
      <source>De&amp;gree:</source>
      <translation>学位(&amp;G)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="60" />
      <source>&amp;Mentor:</source>
      <translation>导师(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="61" />
      <source>P&amp;hone:</source>
      <translation>电话(&amp;H)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="62" />
      <source>&amp;E-mail:</source>
      <translation>电子邮箱(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="63" />
      <source>Permit-side &amp;applicant no.:</source>
      <translation>许可端申请人编号(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="66" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="136" />
      <source>Researcher %1</source>
      <translation>人才 %1</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="144" />
      <source>Your changes were dropped; this is the version saved in the other window.</source>
      <translation>已放弃您的修改，现显示另一个窗口中保存的版本。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/researcher_dialog.py" line="148" />
      <source>Not saved: this record was changed in another window.</source>
      <translation>未保存：此记录已在另一个窗口中被修改。</translation>
    </message>
  </context>
  <context>
    <name>ResearchersView</name>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="45" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="46" />
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="47" />
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="48" />
      <source>ID number</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="49" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="50" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="51" />
      <source>Discipline</source>
      <translation>学科</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="52" />
      <source>Professional title</source>
      <translation>职称</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="63" />
      <source>&amp;Sex:</source>
      <translation>性别(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="63" />
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="64" />
      <source>Search name, ID number, unit or department (Ctrl+F)</source>
      <translation>搜索姓名、证件号码、单位或部门（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="67" />
      <source>&amp;New researcher…</source>
      <translation>新增人才(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/researchers_view.py" line="71" />
      <source>Talent pro&amp;grams…</source>
      <translation>人才项目(&amp;G)…</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/user_dialogs.py" line="77" />
      <source>Reset password of %s</source>
      <translation>重置 %s 的密码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/user_dialogs.py" line="81" />
      <source>Set a temporary password and give it to the user in person. They must choose their own when they next sign in.</source>
      <translation>请设置一个临时密码并当面交给该用户。该用户下次登录时须设置自己的密码。</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="61" />
      <source>Review of a checkpoint</source>
      <translation>考核评审</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="81" />
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="83" />
      <source>Record &amp;report received</source>
      <translation>登记收到报告(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="88" />
      <source>Received on:</source>
      <translation>收到日期：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="96" />
      <source>Panel and scores</source>
      <translation>评审专家与评分</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="100" />
      <source>&amp;Add to panel</source>
      <translation>加入评审组(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="105" />
      <source>Name of a new expert</source>
      <translation>新专家姓名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="108" />
      <source>Their unit</source>
      <translation>所在单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="109" />
      <source>&amp;New expert</source>
      <translation>新增专家(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="121" />
      <source>Reason the selected reviewer withdraws</source>
      <translation>选中专家的回避理由</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="122" />
      <source>Re&amp;cuse selected</source>
      <translation>选中专家回避(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="125" />
      <source>&amp;Save scores</source>
      <translation>保存评分(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="144" />
      <source>Decision</source>
      <translation>考核结论</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="155" />
      <source>Panel or person deciding</source>
      <translation>决定的评审组或负责人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="158" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="159" />
      <source>Record &amp;decision</source>
      <translation>登记考核结论(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="175" />
      <source>%1 · %2 · %3 checkpoint %4, due %5</source>
      <translation>%1 · %2 · %3考核节点 %4，截止 %5</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="182" />
      <source>Received %s</source>
      <translation>已于 %s 收到</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="183" />
      <source>Not received yet</source>
      <translation>尚未收到</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="209" />
      <source>Reviewer</source>
      <translation>评审专家</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="209" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="214" />
      <source>%s failed</source>
      <translation>%s不通过</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="215" />
      <source>Total</source>
      <translation>总分</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="235" />
      <source>recused</source>
      <translation>已回避</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="250" />
      <source>Stored result: none yet</source>
      <translation>已保存结果：暂无</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="251" />
      <source>Stored result: %1, grade %2</source>
      <translation>已保存结果：%1，等级 %2</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="254" />
      <source> (moved down by the top-grade quota)</source>
      <translation>（因优秀名额限制调整）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="289" />
      <source>No indicator template for this category.</source>
      <translation>该评价类别没有指标模板。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="296" />
      <source>Aggregate: no complete scorecard yet</source>
      <translation>综合得分：尚无完整的评分表</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/review_dialog.py" line="299" />
      <source>Aggregate: %1 · grade %2 (%3 of %4 scorecards count)</source>
      <translation>综合得分：%1 · 等级：%2（%4 份评分表中 %3 份计入）</translation>
    </message>
  </context>
  <context>
    <name>RoleDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/user_dialogs.py" line="98" />
      <source>Role of %s</source>
      <translation>%s 的角色</translation>
    </message>
  </context>
  <context>
    <name>SettingsArea</name>
    <message>
      <location filename="../../talentdesk/gui/views/settings_area.py" line="59" />
      <source>This &amp;computer</source>
      <translation>本机设置(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/settings_area.py" line="24" />
      <source>User &amp;management</source>
      <translation>用户管理(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/settings_area.py" line="29" />
      <source>Audit lo&amp;g</source>
      <translation>审计日志(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/settings_area.py" line="34" />
      <source>Bac&amp;kups</source>
      <translation>备份(&amp;K)</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <location filename="../../talentdesk/gui/views/settings_view.py" line="44" />
      <source>Interface &amp;language:</source>
      <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/settings_view.py" line="49" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/settings_view.py" line="50" />
      <source>Never</source>
      <translation>从不</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/settings_view.py" line="54" />
      <source>Without input for this long, the window locks until the password is given.</source>
      <translation>超过此时间无任何操作，窗口将锁定，输入密码后方可继续。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/settings_view.py" line="56" />
      <source>Only an administrator can change this.</source>
      <translation>仅管理员可以修改此项。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/settings_view.py" line="58" />
      <source>Lock after &amp;idle time:</source>
      <translation>无操作自动锁定(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/settings_view.py" line="63" />
      <source>&amp;Save settings</source>
      <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/settings_view.py" line="83" />
      <source>Saved. The language changes when talentdesk starts again, the idle lock at the next sign-in.</source>
      <translation>已保存。界面语言在重新启动 talentdesk 后生效，自动锁定时间在下次登录后生效。</translation>
    </message>
  </context>
  <context>
    <name>StatisticsView</name>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="86" />
      <source>{month:02d}/{year}</source>
      <translation>{year}年{month}月</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="87" />
      <source>{first:%Y-%m-%d} to {last:%Y-%m-%d}</source>
      <translation>{first.year}年{first.month}月{first.day}日至{last.year}年{last.month}月{last.day}日</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="88" />
      <source>{d:%Y-%m-%d}</source>
      <translation>{d.year}年{d.month}月{d.day}日</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="89" />
      <source>{d:%Y-%m}</source>
      <translation>{d.year}年{d.month}月</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="90" />
      <source>under {ceiling}</source>
      <translation>{ceiling}岁以下</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="91" />
      <source>{floor}–{last}</source>
      <translation>{floor}–{last}岁</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="92" />
      <source>{floor} and over</source>
      <translation>{floor}岁及以上</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="93" />
      <source>By {what}</source>
      <translation>按{what}统计</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="94" />
      <source>{track}: {limit}</source>
      <translation>{track}：{limit}</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="95" />
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="522" />
      <source>Summary</source>
      <translation>概览</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="96" />
      <source>Rates</source>
      <translation>比率</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="97" />
      <source>Item</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="98" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="99" />
      <source>Rate</source>
      <translation>比率</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="100" />
      <source>Period</source>
      <translation>统计期间</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="101" />
      <source>Prepared on</source>
      <translation>制表日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="102" />
      <source>Business type</source>
      <translation>业务类型</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="103" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="104" />
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="105" />
      <source>Employer's district</source>
      <translation>用人单位所在地区</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="124" />
      <source>Decided</source>
      <translation>办结件数</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="111" />
      <source>Approval rate</source>
      <translation>批准率</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="112" />
      <source>Refusal rate</source>
      <translation>不予批准率</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="113" />
      <source>On-time rate</source>
      <translation>按期办结率</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="116" />
      <source>Applications</source>
      <translation>件数</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="117" />
      <source>Share of refusals</source>
      <translation>占不予批准件数比例</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="118" />
      <source>Processing time (working days, corrections excluded)</source>
      <translation>办理时长（工作日，不含补正期间）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="122" />
      <source>Promised limit</source>
      <translation>承诺时限</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="123" />
      <source>Limit counted in</source>
      <translation>时限单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="125" />
      <source>Mean</source>
      <translation>平均办理时长</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="126" />
      <source>Median</source>
      <translation>中位数</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="127" />
      <source>90th percentile</source>
      <translation>90%分位数</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="128" />
      <source>On time</source>
      <translation>按期办结</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="129" />
      <source>Expiring (12 months after the period)</source>
      <translation>即将到期（统计期间后12个月）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="130" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="132" />
      <source>Enrolled by program</source>
      <translation>在册人数（按项目）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="133" />
      <source>Enrolled by evaluation category</source>
      <translation>在册人数（按评价类别）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="134" />
      <source>Program</source>
      <translation>人才项目</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="135" />
      <source>Enrolled</source>
      <translation>在册人数</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="137" />
      <source>Evaluation category</source>
      <translation>评价类别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="138" />
      <source>Ages (enrolled at the end)</source>
      <translation>年龄分布（期末在册）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="140" />
      <source>Researchers</source>
      <translation>人数</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="141" />
      <source>Grades decided in the period</source>
      <translation>考核等级（本期作出考核结论）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="106" />
      <source>Cases received</source>
      <translation>收件量（案件）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="107" />
      <source>Applications accepted</source>
      <translation>受理量（事项）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="108" />
      <source>Applications decided</source>
      <translation>办结量（事项）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="109" />
      <source>Approvals</source>
      <translation>批准</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="110" />
      <source>Refusals</source>
      <translation>不予批准</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="114" />
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="544" />
      <source>Reasons for refusal</source>
      <translation>不予批准原因</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="115" />
      <source>Reason given</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="121" />
      <source>Permit track</source>
      <translation>许可</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="131" />
      <source>Both permits</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="136" />
      <source>Started in the period</source>
      <translation>本期入选</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="139" />
      <source>Age band</source>
      <translation>年龄段</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="142" />
      <source>Checkpoint type</source>
      <translation>考核类型</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="143" />
      <source>Grade given</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="144" />
      <source>Count</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="145" />
      <source>Overdue reports (at the end)</source>
      <translation>逾期未交考核报告（期末）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="146" />
      <source>Reports</source>
      <translation>份数</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="147" />
      <source>Extensions</source>
      <translation>延期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="148" />
      <source>Reason for extension</source>
      <translation>延期原因</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="149" />
      <source>Starting in the period</source>
      <translation>本期开始</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="150" />
      <source>Running at the end</source>
      <translation>期末延期中</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="151" />
      <source>Young researchers enrolled</source>
      <translation>青年人才在册人数</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="152" />
      <source>Overdue assessment reports</source>
      <translation>逾期未交考核报告</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="157" />
      <source>Review, category A</source>
      <translation>A类审查</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="158" />
      <source>Review, categories B and C</source>
      <translation>B、C类审查</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="159" />
      <source>Decision, 90 days or less</source>
      <translation>90日以下工作决定</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="160" />
      <source>Residence decision</source>
      <translation>居留许可决定</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="163" />
      <source>working days</source>
      <translation>工作日</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="164" />
      <source>days</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="167" />
      <source>Excellent</source>
      <translation>优秀</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="168" />
      <source>Good</source>
      <translation>良好</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="169" />
      <source>Fair</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="170" />
      <source>Pass</source>
      <translation>合格</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="171" />
      <source>Fail</source>
      <translation>不合格</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="184" />
      <source>Last month</source>
      <translation>上月</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="185" />
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="186" />
      <source>This quarter</source>
      <translation>本季度</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="187" />
      <source>This year</source>
      <translation>本年</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="217" />
      <source>Others</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="451" />
      <source>Custom period</source>
      <translation>自定义期间</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="452" />
      <source>&amp;Period:</source>
      <translation>统计期间(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="462" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="464" />
      <source>&amp;Export monthly report…</source>
      <translation>导出统计月报(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="471" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="514" />
      <source>Saved: %s</source>
      <translation>已保存：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="528" />
      <source>&amp;Break down by:</source>
      <translation>统计维度(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="541" />
      <source>Received and decided</source>
      <translation>受理与办结</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="547" />
      <source>Processing time</source>
      <translation>办理时长</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="550" />
      <source>Expiring permits</source>
      <translation>即将到期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="565" />
      <source>Young researchers</source>
      <translation>青年人才</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="602" />
      <source>Computing the figures for %s…</source>
      <translation>正在计算 %s 的统计数据…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="619" />
      <source>The figures could not be computed; see the log.</source>
      <translation>统计数据未能算出，详情请查看日志。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="681" />
      <source>Monthly report %s.xlsx</source>
      <translation>统计月报%s.xlsx</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="683" />
      <source>Export monthly report</source>
      <translation>导出统计月报</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="683" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="701" />
      <source>Writing the monthly report…</source>
      <translation>正在生成统计月报…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="709" />
      <source>The report could not be written; see the log.</source>
      <translation>统计月报未能生成，详情请查看日志。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="711" />
      <source>Monthly report saved: %s</source>
      <translation>统计月报已保存：%s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="723" />
      <source>The file could not be written: %s</source>
      <translation>文件无法写入：%s</translation>
    </message>
  </context>
  <context>
    <name>SupportDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="61" />
      <source>Funding and rewards of %s</source>
      <translation>%s 的经费与奖励</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="81" />
      <source>Funding tranches</source>
      <translation>经费分期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="83" />
      <source>Program</source>
      <translation>人才项目</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="83" />
      <source>Tranche</source>
      <translation>分期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="83" />
      <source>Amount (yuan)</source>
      <translation>金额（元）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="84" />
      <source>Released by</source>
      <translation>拨付条件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="84" />
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="124" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="84" />
      <source>Released on</source>
      <translation>可拨付日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="85" />
      <source>Paid on</source>
      <translation>拨付日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="91" />
      <source>checkpoint %s</source>
      <translation>考核节点 %s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="92" />
      <source>on enrollment</source>
      <translation>入选即拨</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="123" />
      <source>Claimed (yuan)</source>
      <translation>申报金额（元）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="124" />
      <source>Granted (yuan)</source>
      <translation>核定金额（元）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="124" />
      <source>Explanation</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="103" />
      <source>No funding tranches.</source>
      <translation>无分期经费。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="106" />
      <source>A tranche waits for the decision on its checkpoint; any decision there other than releasing it, or ending the enrollment, blocks it.</source>
      <translation>各期经费待对应考核节点作出决定后拨付；该节点决定未包含“拨付下一期经费”，或入选资格终止的，该期经费暂停拨付。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="118" />
      <source>Contribution rewards</source>
      <translation>人才贡献奖励</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="123" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="123" />
      <source>Policy</source>
      <translation>奖励政策</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="139" />
      <source>yuan, before caps</source>
      <translation>元，核减前金额</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="140" />
      <source>&amp;Add claim</source>
      <translation>新增申报(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="144" />
      <source>&amp;Withdraw selected</source>
      <translation>撤回所选(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="148" />
      <source>&amp;Policy:</source>
      <translation>奖励政策(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="148" />
      <source>&amp;Year:</source>
      <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="149" />
      <source>A&amp;mount:</source>
      <translation>金额(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="170" />
      <source>at most %s a year</source>
      <translation>每年最多 %s 元</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="172" />
      <source>at most %s per person in all</source>
      <translation>每人累计最多 %s 元</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="174" />
      <source>no cap</source>
      <translation>不设上限</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="177" />
      <source>Policies of one group pay one reward per person a year, the highest (就高不重复); a cap cuts a claim down to what is left.</source>
      <translation>同一组政策每人每年只享受一项，按金额最高的一项发放（就高不重复）；超过上限的部分按剩余额度核减。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/support_dialog.py" line="191" />
      <source>Granted in all: %s yuan</source>
      <translation>累计核定：%s 元</translation>
    </message>
  </context>
  <context>
    <name>TablePanel</name>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="352" />
      <source>E&amp;xport to Excel…</source>
      <translation>导出Excel(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="393" />
      <source>Export to Excel</source>
      <translation>导出Excel</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/statistics_view.py" line="394" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>TerminationDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_changes.py" line="50" />
      <source>End %s early</source>
      <translation>提前终止“%s”</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_changes.py" line="54" />
      <source>&amp;Ends on:</source>
      <translation>终止日期(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_changes.py" line="55" />
      <source>&amp;Reason:</source>
      <translation>原因(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_changes.py" line="57" />
      <source>&amp;Approved by:</source>
      <translation>批准人(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/enrollment_changes.py" line="58" />
      <source>&amp;Note:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
  </context>
  <context>
    <name>UsersView</name>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="29" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="29" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="29" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="29" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="32" />
      <source>&amp;New user…</source>
      <translation>新建用户(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="33" />
      <source>&amp;Reset password…</source>
      <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="34" />
      <source>Change r&amp;ole…</source>
      <translation>更改角色(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="35" />
      <location filename="../../talentdesk/gui/views/users_view.py" line="109" />
      <source>&amp;Disable</source>
      <translation>停用(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="36" />
      <source>&amp;Unlock</source>
      <translation>解锁(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="89" />
      <source>Disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="92" />
      <source>Locked until %s</source>
      <translation>锁定至 %s</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="93" />
      <source>Active</source>
      <translation>正常</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="109" />
      <source>&amp;Enable</source>
      <translation>启用(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="126" />
      <source>User %s created.</source>
      <translation>已创建用户 %s。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="129" />
      <source>The password of %s was reset.</source>
      <translation>已重置 %s 的密码。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="132" />
      <source>The role of %s was changed.</source>
      <translation>已更改 %s 的角色。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="149" />
      <source>User %s can sign in again.</source>
      <translation>用户 %s 已启用，可以重新登录。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="151" />
      <source>User %s is disabled and can no longer sign in.</source>
      <translation>用户 %s 已停用，不能再登录。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/views/users_view.py" line="162" />
      <source>User %s is unlocked.</source>
      <translation>用户 %s 已解锁。</translation>
    </message>
  </context>
  <context>
    <name>WorksDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="54" />
      <source>Representative works</source>
      <translation>代表作</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="63" />
      <source>Type</source>
      <translation>成果类型</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="63" />
      <source>Title</source>
      <translation>题名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="63" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="64" />
      <source>Chinese journal</source>
      <translation>国内期刊</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="64" />
      <source>Contribution and significance</source>
      <translation>本人贡献及意义</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="91" />
      <source>Published in a &amp;Chinese S&amp;&amp;T journal</source>
      <translation>发表在国内科技期刊(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="98" />
      <source>What the researcher did and what the work changed (reviewers judge both)</source>
      <translation>本人做了什么、成果带来了什么变化（评审专家对两者都要评价）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="99" />
      <source>&amp;Type:</source>
      <translation>成果类型(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="63" />
      <source>Researcher's role</source>
      <translation>本人角色</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="100" />
      <source>Work t&amp;itle:</source>
      <translation>成果题名(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="101" />
      <source>&amp;Date:</source>
      <translation>日期(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="101" />
      <source>&amp;Role:</source>
      <translation>本人角色(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="103" />
      <source>&amp;Significance:</source>
      <translation>贡献及意义(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="111" />
      <source>&amp;Add work</source>
      <translation>添加代表作(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="115" />
      <source>&amp;Update selected</source>
      <translation>修改所选(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="118" />
      <source>Re&amp;move selected</source>
      <translation>删除所选(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="121" />
      <source>&amp;New work</source>
      <translation>新建一项(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="136" />
      <source>%1 · %2 · %3 checkpoint %4, due %5</source>
      <translation>%1 · %2 · %3考核节点 %4，截止 %5</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="148" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="156" />
      <source>%s works nominated; this program sets no cap.</source>
      <translation>已提交代表作 %s 项，本项目不限数量。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="158" />
      <source>%1 of at most %2 works nominated.</source>
      <translation>已提交代表作 %1 项，本项目最多 %2 项。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/works_dialog.py" line="163" />
      <source>Basic research: at least %s of the papers must be in Chinese S&amp;T journals.</source>
      <translation>基础研究类：论文中发表在国内科技期刊上的不少于 %s。</translation>
    </message>
  </context>
  <context>
    <name>_UserDialog</name>
    <message>
      <location filename="../../talentdesk/gui/dialogs/user_dialogs.py" line="28" />
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/user_dialogs.py" line="29" />
      <source>&amp;Repeat password:</source>
      <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../talentdesk/gui/dialogs/user_dialogs.py" line="37" />
      <source>R&amp;ole:</source>
      <translation>角色(&amp;O)：</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="9" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="10" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="11" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="12" />
      <source>Repeat password</source>
      <translation>确认密码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="13" />
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="18" />
      <location filename="../../talentdesk/texts/researchers.py" line="121" />
      <source>{field} is required.</source>
      <translation>请填写“{field}”。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="19" />
      <source>{field}: use {min} to {max} letters, digits, dots, dashes or underscores.</source>
      <translation>{field}：请使用 {min} 至 {max} 个字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="22" />
      <source>{field} must have at least {min} characters.</source>
      <translation>{field}至少需要 {min} 个字符。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="25" />
      <source>{field} must contain both letters and digits.</source>
      <translation>{field}必须同时包含字母和数字。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="28" />
      <source>The two passwords are not the same.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="29" />
      <source>{field} must differ from the password the administrator gave you.</source>
      <translation>{field}不能与管理员提供的密码相同。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="32" />
      <source>{field} is not correct.</source>
      <translation>{field}不正确。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="33" />
      <source>An administrator has reset your password: choose your own to sign in.</source>
      <translation>管理员已重置您的密码：请设置您自己的密码后登录。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="39" />
      <source>The database is busy in another window. Please try again in a moment.</source>
      <translation>数据库正被另一个窗口使用，请稍后重试。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="42" />
      <source>The database file is damaged or is not a talentdesk database.</source>
      <translation>数据库文件已损坏，或不是 talentdesk 数据库。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="45" />
      <source>The database cannot be reached.</source>
      <translation>无法连接数据库。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="46" />
      <source>This database was written by a newer version of talentdesk. Please install the newer version; nothing has been changed.</source>
      <translation>此数据库由更新版本的 talentdesk 创建。请安装新版本；数据库未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="51" />
      <source>Upgrading the database failed. It has been restored to the state before the upgrade.</source>
      <translation>数据库升级失败，已恢复到升级前的状态。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="59" />
      <source>Wrong user name or password.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="60" />
      <source>Too many failed attempts. This account is locked for 15 minutes.</source>
      <translation>登录失败次数过多，此账号已锁定 15 分钟。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="63" />
      <source>This account has been disabled.</source>
      <translation>此账号已被停用。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="75" />
      <source>access is denied; the file may be open in Excel or WPS, or the folder read-only</source>
      <translation>没有访问权限：文件可能正在 Excel 或 WPS 中打开，或文件夹为只读</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="79" />
      <source>the folder or file does not exist</source>
      <translation>文件夹或文件不存在</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="82" />
      <source>the disk is full</source>
      <translation>磁盘空间已满</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="83" />
      <source>the disk is read-only</source>
      <translation>磁盘为只读</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="84" />
      <source>a folder of that name is in the way</source>
      <translation>已有同名文件夹</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="85" />
      <source>a file of that name is in the way of a folder</source>
      <translation>路径中的文件夹名已被同名文件占用</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="87" />
      <source>a file or folder of that name already exists</source>
      <translation>已存在同名的文件或文件夹</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="88" />
      <source>the path is too long</source>
      <translation>路径过长</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="56" />
      <source>The database cannot be used.</source>
      <translation>数据库无法使用。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="66" />
      <source>Your role is not allowed to do this.</source>
      <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="67" />
      <source>Someone else changed this record in the meantime. Please reload it.</source>
      <translation>此记录已被他人修改，请重新加载。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="70" />
      <source>The record no longer exists.</source>
      <translation>该记录已不存在。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/error_texts.py" line="71" />
      <source>The workbook cannot be read: {detail}</source>
      <translation>无法读取该工作簿：{detail}</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="40" />
      <source>Administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="41" />
      <source>Supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="42" />
      <source>Clerk</source>
      <translation>窗口受理员</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/accounts.py" line="43" />
      <source>HR officer</source>
      <translation>人事专员</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="10" />
      <source>ID number</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="11" />
      <source>ID type</source>
      <translation>证件类型</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="12" />
      <location filename="../../talentdesk/texts/researchers.py" line="218" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="13" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="14" />
      <source>Discipline</source>
      <translation>学科</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="15" />
      <source>Degree</source>
      <translation>学位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="16" />
      <location filename="../../talentdesk/texts/researchers.py" line="17" />
      <source>Mentor</source>
      <translation>导师</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="18" />
      <source>Program</source>
      <translation>人才项目</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="19" />
      <source>Program code</source>
      <translation>项目代码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="20" />
      <source>Evaluation categories</source>
      <translation>评价类别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="21" />
      <source>Cycle</source>
      <translation>周期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="22" />
      <source>Age rule</source>
      <translation>年龄条件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="23" />
      <source>Application deadline</source>
      <translation>申报截止日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="24" />
      <source>Checkpoints</source>
      <translation>考核节点</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="25" />
      <source>Checkpoint</source>
      <translation>考核节点</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="26" />
      <source>Grade scale</source>
      <translation>等级标准</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="27" />
      <source>Aggregation</source>
      <translation>评分汇总方式</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="28" />
      <source>Funding tranches</source>
      <translation>经费分期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="29" />
      <source>Support total</source>
      <translation>资助总额</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="30" />
      <location filename="../../talentdesk/texts/trust.py" line="11" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="31" />
      <source>Approved by</source>
      <translation>批准人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="32" />
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="33" />
      <source>End</source>
      <translation>结束</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="35" />
      <source>Report received</source>
      <translation>收到报告日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="36" />
      <location filename="../../talentdesk/texts/researchers.py" line="53" />
      <source>Representative works</source>
      <translation>代表作</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="37" />
      <source>Title of the work</source>
      <translation>代表作题名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="38" />
      <source>Contribution and significance</source>
      <translation>本人贡献及意义</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="39" />
      <source>Reviewer</source>
      <translation>评审专家</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="40" />
      <source>Reason for recusal</source>
      <translation>回避理由</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="41" />
      <source>Scores</source>
      <translation>评分</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="42" />
      <source>Weight</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="43" />
      <source>Indicators</source>
      <translation>评价指标</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="44" />
      <source>Decision</source>
      <translation>考核结论</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="45" />
      <source>Decided by</source>
      <translation>决定人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="46" />
      <source>Decided on</source>
      <translation>决定日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="47" />
      <source>Round</source>
      <translation>考核批次</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="48" />
      <source>Paid on</source>
      <translation>拨付日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="49" />
      <source>Reward policy</source>
      <translation>奖励政策</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="50" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="52" />
      <source>Ethics and research integrity</source>
      <translation>品德与科研诚信</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="54" />
      <source>Technical breakthroughs and deliverables</source>
      <translation>技术突破与交付成果</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="55" />
      <source>User, market and third-party evaluation</source>
      <translation>用户、市场与第三方评价</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="56" />
      <source>Performance against agreed goals</source>
      <translation>任务书目标完成情况</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="57" />
      <source>Capability and potential</source>
      <translation>能力与潜力</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="58" />
      <source>Talent cultivation and service</source>
      <translation>人才培养、服务与合作</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="64" />
      <source>{field} may have at most {max} characters.</source>
      <translation>{field}最多 {max} 个字符。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="65" />
      <source>{field}: {code} is not a first-level discipline code.</source>
      <translation>{field}：{code} 不是一级学科代码。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="67" />
      <source>A researcher cannot be their own mentor.</source>
      <translation>人才不能是自己的导师。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="68" />
      <source>{field}: no researcher has number {mentor_id}.</source>
      <translation>{field}：没有编号为 {mentor_id} 的人才。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="70" />
      <source>{field} is already recorded for {name} (researcher {researcher_id}).</source>
      <translation>{field}已登记在{name}名下（人才编号 {researcher_id}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="72" />
      <source>{field} {date} lies in the future.</source>
      <translation>{field} {date} 晚于今天。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="73" />
      <source>{field}: “{value}” cannot be read.</source>
      <translation>{field}：“{value}”无法识别。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="75" />
      <source>A program with code {code} exists.</source>
      <translation>项目代码 {code} 已存在。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="76" />
      <source>{field} {code} cannot be changed once the program is saved.</source>
      <translation>项目保存后，{field} {code} 不能再修改。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="78" />
      <source>{field} must be at least one year (not {cycle_years}).</source>
      <translation>{field}至少为一年（当前为 {cycle_years}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="80" />
      <source>Age limits must be above zero.</source>
      <translation>年龄上限必须大于零。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="81" />
      <source>{field}: the date ages are counted on is missing.</source>
      <translation>{field}：缺少年龄计算的参考日期。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="83" />
      <source>{field}: {month}/{day} is not a day of every year.</source>
      <translation>{field}：{month}月{day}日并非每年都有。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="85" />
      <source>Checkpoint {checkpoint} appears more than once.</source>
      <translation>考核节点 {checkpoint} 重复出现。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="87" />
      <source>Checkpoint {checkpoint} at month {offset_months} lies outside the cycle of {cycle_months} months.</source>
      <translation>考核节点 {checkpoint} 设在第 {offset_months} 个月，超出 {cycle_months} 个月的周期。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="91" />
      <source>{field}: give at least two grades, best first, each threshold lower than the one before ({thresholds}).</source>
      <translation>{field}：至少设置两个等级，从高到低排列，分数线逐级降低（当前为 {thresholds}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="95" />
      <source>{field}: the top-grade quota {top_quota} must lie above 0 and up to 1.</source>
      <translation>{field}：最高等级名额比例 {top_quota} 须大于 0 且不超过 1。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="97" />
      <source>The trimmed mean needs at least {minimum} reviewers, not {trim_min_reviewers}.</source>
      <translation>去掉最高分和最低分至少需要 {minimum} 位专家，而不是 {trim_min_reviewers} 位。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="100" />
      <source>{field}: the shares add up to {total}, not 1.</source>
      <translation>{field}：各期比例合计为 {total}，不等于 1。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="102" />
      <source>Tranche {tranche} waits for checkpoint {checkpoint}, which the program lacks.</source>
      <translation>经费 {tranche} 依赖的考核节点 {checkpoint} 不在项目中。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="105" />
      <source>{field}: the weights add up to {total}, not 100.</source>
      <translation>{field}：权重合计为 {total}，不等于 100。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="108" />
      <source>{program} has been withdrawn and takes no new enrollments.</source>
      <translation>{program}已停用，不再受理入选登记。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="110" />
      <source>Already enrolled in {program} from {start} to {end}.</source>
      <translation>已入选{program}，周期为 {start} 至 {end}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="112" />
      <source>{field} {birth_date} lies after the reference date {reference_date}; please check it.</source>
      <translation>{field} {birth_date} 晚于参考日 {reference_date}，请核对。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="115" />
      <source>Not eligible: on the reference date {reference_date} the age is {age}, and the limit is {limit}. Applicants must be born on or after {required_born_on_or_after}.</source>
      <translation>不符合条件：截至参考日 {reference_date} 年满 {age} 周岁，年龄上限为 {limit} 周岁，须为 {required_born_on_or_after} 以后（含当日）出生。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="119" />
      <source>The program {program} does not assess this evaluation category.</source>
      <translation>项目 {program} 不设此评价类别。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="122" />
      <source>The plan changes checkpoint {checkpoint}, which the program lacks; give its kind and month to add it.</source>
      <translation>方案调整的考核节点 {checkpoint} 不在项目中；如需新增，请注明类型和月份。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="125" />
      <source>The extension ends ({ends_on}) before it starts ({starts_on}).</source>
      <translation>延期的截止日期（{ends_on}）早于起始日期（{starts_on}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="127" />
      <source>Pregnancy and breastfeeding extensions are for women researchers.</source>
      <translation>孕期、哺乳期延期仅适用于女性科技人才。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="129" />
      <source>The extension starts on {starts_on}, outside the cycle {cycle_start} to {cycle_end}.</source>
      <translation>延期起始日期 {starts_on} 不在周期 {cycle_start} 至 {cycle_end} 之内。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="132" />
      <source>The extension from {starts_on} overlaps the one from {previous_starts_on} to {previous_ends_on}.</source>
      <translation>自 {starts_on} 起的延期与 {previous_starts_on} 至 {previous_ends_on} 的延期重叠。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="136" />
      <source>{terminated_on} lies outside the cycle {cycle_start} to {cycle_end}.</source>
      <translation>{terminated_on} 不在周期 {cycle_start} 至 {cycle_end} 之内。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="138" />
      <source>Checkpoint {checkpoint} already has a report, works, reviews or a decision; it cannot be dropped.</source>
      <translation>考核节点 {checkpoint} 已有报告、代表作、评审或结论，不能取消。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="142" />
      <source>The enrollment has ended; it can no longer be changed.</source>
      <translation>该入选项目已结束，不能再修改。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="145" />
      <source>Checkpoint {checkpoint} was cancelled when the enrollment ended.</source>
      <translation>考核节点 {checkpoint} 已因终止支持而取消。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="147" />
      <source>{field}: {count} nominated; the program allows at most {cap}.</source>
      <translation>{field}：已提交 {count} 项，本项目最多允许 {cap} 项。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="149" />
      <source>{field}: only {domestic} of {papers} papers are in Chinese journals; at least {required_domestic} are needed (share {required_share}).</source>
      <translation>{field}：{papers} 篇论文中只有 {domestic} 篇发表在国内科技期刊，至少需要 {required_domestic} 篇（比例 {required_share}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="153" />
      <source>Work “{title}”: describe the researcher's contribution and its significance.</source>
      <translation>代表作“{title}”：请说明本人贡献及其意义。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="155" />
      <source>Recusal: the reviewer is the researcher being assessed.</source>
      <translation>须回避：评审专家即被评人本人。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="157" />
      <source>Recusal: the reviewer is the researcher's mentor.</source>
      <translation>须回避：评审专家是被评人的导师。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="159" />
      <source>Recusal: the reviewer works at the same unit ({unit}).</source>
      <translation>须回避：评审专家与被评人同属一个单位（{unit}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="161" />
      <source>{reviewer} already sits on this panel.</source>
      <translation>{reviewer}已在本评审组中。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="163" />
      <source>This reviewer has withdrawn (recused); their scores do not count.</source>
      <translation>该专家已回避，其评分不计入。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="165" />
      <source>That reviewer is not on this panel.</source>
      <translation>该专家不在本评审组中。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="166" />
      <source>There is no indicator template for this evaluation category.</source>
      <translation>该评价类别没有指标模板。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="168" />
      <source>{field}: a score is missing.</source>
      <translation>{field}：缺少评分。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="169" />
      <source>{field}: {score} lies outside {minimum} to {maximum}.</source>
      <translation>{field}：{score} 不在 {minimum} 至 {maximum} 之间。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="171" />
      <source>{field} is not an indicator of this evaluation category.</source>
      <translation>{field}不是该评价类别的指标。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="173" />
      <source>{field} {weight} must be above zero.</source>
      <translation>{field} {weight} 必须大于零。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="175" />
      <source>No complete scorecard yet.</source>
      <translation>尚无完整的评分表。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="176" />
      <source>No graded checkpoint in round {cohort}.</source>
      <translation>批次 {cohort} 中尚无已评定等级的考核。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="177" />
      <source>Choose at least one decision.</source>
      <translation>请至少选择一项考核结论。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="178" />
      <source>Terminating cannot be combined with continuing, releasing or renewing.</source>
      <translation>终止支持不能与继续支持、拨付经费或滚动支持同时选择。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="180" />
      <source>The decision names checkpoint {given}, not {checkpoint}.</source>
      <translation>考核结论针对的是节点 {given}，而不是 {checkpoint}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="183" />
      <source>Tranche {tranche} has not been released by its checkpoint decision yet.</source>
      <translation>经费 {tranche} 尚未经考核结论同意拨付。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="185" />
      <source>Tranche {tranche} is blocked (withheld or stopped); it cannot be paid.</source>
      <translation>经费 {tranche} 已暂停拨付（缓拨或终止），不能拨付。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="187" />
      <source>Tranche {tranche} has been paid.</source>
      <translation>经费 {tranche} 已拨付。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="188" />
      <source>{field} must be above zero.</source>
      <translation>{field}必须大于零。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="189" />
      <source>{policy} is not a known reward policy.</source>
      <translation>{policy} 不是已知的奖励政策。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="191" />
      <source>{year}: {claimed} claimed, {granted} granted (yearly cap {cap}).</source>
      <translation>{year} 年度：申请 {claimed}，核定 {granted}（年度上限 {cap}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="193" />
      <source>{year}: {claimed} claimed, {granted} granted (cap {cap} per person, {granted_before} granted before).</source>
      <translation>{year} 年度：申请 {claimed}，核定 {granted}（每人累计上限 {cap}，此前已发放 {granted_before}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="197" />
      <source>{year}: not paid, because the higher {kept_policy} ({kept_amount}) is paid that year (the higher one only).</source>
      <translation>{year} 年度：不予发放，当年已发放金额更高的 {kept_policy}（{kept_amount}），就高不重复。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="63" />
      <location filename="../../talentdesk/texts/researchers.py" line="206" />
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="62" />
      <location filename="../../talentdesk/texts/researchers.py" line="207" />
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="210" />
      <source>Resident ID card</source>
      <translation>居民身份证</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="211" />
      <source>Foreign permanent residence ID</source>
      <translation>外国人永久居留身份证</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="215" />
      <source>National</source>
      <translation>国家级</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="216" />
      <source>Provincial</source>
      <translation>省级</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="221" />
      <source>Major national mission</source>
      <translation>承担国家重大攻关任务类</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="222" />
      <source>Basic research</source>
      <translation>基础研究类</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="223" />
      <source>Applied research and technology development</source>
      <translation>应用研究和技术开发类</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="225" />
      <source>Technology transfer</source>
      <translation>科技成果转化类</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="226" />
      <source>Public-interest research</source>
      <translation>社会公益研究类</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="229" />
      <source>A day of the call year</source>
      <translation>申报年度的某一天</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="230" />
      <source>The application deadline</source>
      <translation>申报截止日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="231" />
      <source>A fixed date</source>
      <translation>固定日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="234" />
      <source>Annual</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="235" />
      <source>Mid-term</source>
      <translation>中期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="236" />
      <source>Final</source>
      <translation>期满</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="239" />
      <source>Four levels</source>
      <translation>四档</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="240" />
      <source>Three levels</source>
      <translation>三档</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="241" />
      <source>Pass or fail</source>
      <translation>合格 / 不合格</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="242" />
      <source>A to D</source>
      <translation>A 至 D 四档</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="245" />
      <source>Weighted mean</source>
      <translation>加权平均</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="246" />
      <source>Mean without highest and lowest</source>
      <translation>去掉最高分和最低分后平均</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="249" />
      <source>Active</source>
      <translation>正常</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="251" />
      <source>Terminated</source>
      <translation>已终止</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="254" />
      <source>Pregnancy and childbirth</source>
      <translation>孕期及生育</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="255" />
      <source>Breastfeeding</source>
      <translation>哺乳期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="256" />
      <source>Illness</source>
      <translation>疾病</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="257" />
      <source>Secondment or study abroad</source>
      <translation>外派或出国（境）研修</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="258" />
      <location filename="../../talentdesk/texts/researchers.py" line="265" />
      <location filename="../../talentdesk/texts/researchers.py" line="321" />
      <location filename="../../talentdesk/texts/researchers.py" line="330" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="261" />
      <source>Failed the assessment</source>
      <translation>考核不合格</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="262" />
      <source>Research misconduct</source>
      <translation>科研失信</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="263" />
      <source>Left the unit</source>
      <translation>调离本单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="264" />
      <source>At own request</source>
      <translation>本人申请</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="268" />
      <source>Continue</source>
      <translation>继续支持</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="269" />
      <source>Release the tranche</source>
      <translation>拨付下一期经费</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="270" />
      <source>Warn</source>
      <translation>警示</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="271" />
      <source>Terminate</source>
      <translation>终止支持</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="272" />
      <source>Renew support</source>
      <translation>滚动支持</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="275" />
      <source>Waiting for its checkpoint</source>
      <translation>待考核</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="276" />
      <source>Due</source>
      <translation>待拨付</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="277" />
      <source>Paid</source>
      <translation>已拨付</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="278" />
      <source>Blocked</source>
      <translation>暂停拨付</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="282" />
      <source>Granted in full</source>
      <translation>全额核定</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="283" />
      <source>Capped</source>
      <translation>已按上限核减</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="284" />
      <source>Excluded (higher one paid)</source>
      <translation>不予发放（就高不重复）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="287" />
      <source>{checkpoint_kind} report due in {days_left} days</source>
      <translation>{checkpoint_kind}报告 {days_left} 天后到期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="289" />
      <source>{checkpoint_kind} report overdue by {days_overdue} days</source>
      <translation>{checkpoint_kind}报告已逾期 {days_overdue} 天</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="291" />
      <source>Passes the age limit of {limit} before the cycle ends on {cycle_end}</source>
      <translation>在周期结束（{cycle_end}）前超过 {limit} 周岁年龄上限</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="293" />
      <source>Cycle ends in {days_left} days</source>
      <translation>距周期结束还有 {days_left} 天</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="294" />
      <source>Round {subject}: {count} of {cohort_size} in the top grade, the quota allows {limit}</source>
      <translation>批次 {subject}：{cohort_size} 人中 {count} 人为最高等级，名额上限为 {limit} 人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="300" />
      <source>Reports overdue</source>
      <translation>报告逾期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="301" />
      <source>Reports due soon</source>
      <translation>报告即将到期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="302" />
      <source>Rounds over the top-grade quota</source>
      <translation>最高等级超出名额</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="304" />
      <source>Passing the age limit before the cycle ends</source>
      <translation>周期内超龄</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="306" />
      <source>Cycles ending</source>
      <translation>周期即将结束</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="309" />
      <source>Paper</source>
      <translation>论文</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="310" />
      <source>Monograph</source>
      <translation>专著</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="311" />
      <source>Patent</source>
      <translation>专利</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="312" />
      <source>Standard</source>
      <translation>标准</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="313" />
      <source>Software</source>
      <translation>软件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="314" />
      <source>Scientific data</source>
      <translation>科学数据</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="315" />
      <source>Report</source>
      <translation>报告</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="316" />
      <source>New technology or product</source>
      <translation>新技术、新产品</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="317" />
      <source>Prototype or experimental system</source>
      <translation>样机或实验系统</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="318" />
      <source>Application solution</source>
      <translation>应用解决方案</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="319" />
      <source>Clinical guideline or treatment plan</source>
      <translation>临床指南或诊疗方案</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="320" />
      <source>Transfer into products</source>
      <translation>转化为产品或工艺</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="324" />
      <source>First author</source>
      <translation>第一作者</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="325" />
      <source>Corresponding author</source>
      <translation>通讯作者</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="326" />
      <source>Co-author</source>
      <translation>合作作者</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="327" />
      <source>Principal investigator</source>
      <translation>项目负责人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="328" />
      <source>Inventor</source>
      <translation>发明人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="329" />
      <source>Main contributor</source>
      <translation>主要完成人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="12" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="9" />
      <source>Backup file</source>
      <translation>备份文件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="10" />
      <location filename="../../talentdesk/texts/trust.py" line="87" />
      <source>Database</source>
      <translation>数据库</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="14" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="15" />
      <source>Saved as</source>
      <translation>另存为</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="16" />
      <source>Field</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="20" />
      <source>This is the last active administrator: it cannot be disabled or given another role.</source>
      <translation>这是最后一个有效的管理员账号，不能停用，也不能更改其角色。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="24" />
      <source>You cannot disable your own account.</source>
      <translation>不能停用自己的账号。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="25" />
      <source>This database runs on PostgreSQL: back it up with pg_dump on the database server (see the README).</source>
      <translation>此数据库运行在 PostgreSQL 上，请在数据库服务器上使用 pg_dump 备份（参见 README）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="30" />
      <source>The backup could not be written: {detail}</source>
      <translation>无法写入备份：{detail}</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="31" />
      <source>The restore failed: {detail}</source>
      <translation>恢复失败：{detail}</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="32" />
      <source>{field}: the file does not exist.</source>
      <translation>{field}：文件不存在。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="33" />
      <source>{field}: this is not a database file.</source>
      <translation>{field}：不是数据库文件。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="34" />
      <source>{field}: the file is damaged (it fails the integrity check).</source>
      <translation>{field}：文件已损坏（未通过完整性检查）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="37" />
      <source>{field}: this is not a talentdesk database.</source>
      <translation>{field}：不是 talentdesk 数据库。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="40" />
      <source>{field}: written by a newer version of talentdesk. Please install that version first.</source>
      <translation>{field}：由更新版本的 talentdesk 创建，请先安装该版本。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="69" />
      <source>Create</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="9" />
      <source>Comment</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="10" />
      <source>Working day of the event</source>
      <translation>办理日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="11" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="12" />
      <source>Permit number</source>
      <translation>证件号码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="13" />
      <source>Valid from</source>
      <translation>有效期起始日</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="14" />
      <source>Notice</source>
      <translation>通知文号</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="34" />
      <location filename="../../talentdesk/texts/workflow.py" line="15" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="16" />
      <source>Lead times</source>
      <translation>提前提醒天数</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="17" />
      <source>Extension warning</source>
      <translation>延期提醒</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="18" />
      <source>Template</source>
      <translation>模板</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="19" />
      <source>Document</source>
      <translation>文书</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="20" />
      <source>Assigned clerk</source>
      <translation>承办人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="27" />
      <source>Issuing needs the permit number and validity: use “Issue permit”.</source>
      <translation>发证须录入证件号码及有效期，请使用“发证”。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="30" />
      <source>Write down why in the comment: the timeline must say it.</source>
      <translation>请在备注中写明原因，以便记入办理记录。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="33" />
      <source>{field} cannot lie after today ({today}).</source>
      <translation>{field}不能晚于今天（{today}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="36" />
      <source>{field} cannot lie before the previous step or the receipt ({previous}).</source>
      <translation>{field}不能早于上一环节或收件日期（{previous}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="39" />
      <source>“{username}” is not an active user who handles cases.</source>
      <translation>“{username}”不是可办理案件的在用账号。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="42" />
      <source>The applicant has no passport on file to check the validity against.</source>
      <translation>申请人未登记护照，无法核对有效期。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="46" />
      <source>{day} is a weekday and a working day anyway; make-up days fall on weekends.</source>
      <translation>{day} 是周一至周五，本来就是工作日；调休上班日应在周末。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="49" />
      <source>Enter the holidays of {year} before declaring the year complete; the working-day library does not cover it.</source>
      <translation>工作日数据库未包含 {year} 年，请先录入该年度的节假日，再声明录入完整。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="55" />
      <source>Enter at least one lead time, each between 1 and {max} days.</source>
      <translation>请至少填写一个提前提醒天数，每个须在 1 至 {max} 天之间。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="58" />
      <source>{field} must lie between 0 and {max} days.</source>
      <translation>{field}须在 0 至 {max} 天之间。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="62" />
      <source>The template has a malformed placeholder: write ${{name}}, and $$ for a dollar sign.</source>
      <translation>模板中的占位符格式有误：请写作 ${{name}}，美元符号请写作 $$。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="66" />
      <source>This document has no placeholder “{name}”.</source>
      <translation>该文书没有占位符“{name}”。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="69" />
      <source>There is nothing to print on this document for the case yet.</source>
      <translation>该案件目前尚无可打印此文书的内容。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="72" />
      <source>Cannot be provided: {reason}</source>
      <translation>无法提供：{reason}</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="75" />
      <source>Found at pre-review and returned on {on}.</source>
      <translation>预审发现，已于 {on} 退回。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="83" />
      <source>Work permit</source>
      <translation>工作许可</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="84" />
      <source>Residence permit</source>
      <translation>居留许可</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="87" />
      <location filename="../../talentdesk/texts/workflow.py" line="102" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="88" />
      <source>In pre-review</source>
      <translation>预审中</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="89" />
      <source>Returned with notice</source>
      <translation>已退回（一次性告知）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="90" />
      <source>Awaiting acceptance</source>
      <translation>待受理</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="91" />
      <source>Accepted</source>
      <translation>已受理</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="92" />
      <source>Under review</source>
      <translation>审查中</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="93" />
      <source>Correction requested</source>
      <translation>待补正</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="94" />
      <source>Approved</source>
      <translation>准予许可</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="95" />
      <location filename="../../talentdesk/texts/workflow.py" line="107" />
      <source>Refused</source>
      <translation>不予许可</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="96" />
      <source>Issued</source>
      <translation>已发证</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="97" />
      <source>Collected</source>
      <translation>已领证</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="98" />
      <location filename="../../talentdesk/texts/workflow.py" line="108" />
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="99" />
      <location filename="../../talentdesk/texts/workflow.py" line="109" />
      <source>Cancelled</source>
      <translation>已终止</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="103" />
      <source>In progress</source>
      <translation>办理中</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="104" />
      <source>Waiting for the applicant</source>
      <translation>等待申请人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="105" />
      <source>Ready for collection</source>
      <translation>待领证</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/researchers.py" line="250" />
      <location filename="../../talentdesk/texts/workflow.py" line="106" />
      <source>Completed</source>
      <translation>已办结</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="113" />
      <source>&amp;Submit</source>
      <translation>提交(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="114" />
      <source>&amp;Return with notice</source>
      <translation>退回并一次性告知(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="115" />
      <source>&amp;Pass pre-review</source>
      <translation>预审通过(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="116" />
      <source>Acc&amp;ept</source>
      <translation>受理(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="117" />
      <source>Start re&amp;view</source>
      <translation>开始审查(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="118" />
      <source>Request &amp;correction</source>
      <translation>要求补正(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="119" />
      <source>Res&amp;ume review</source>
      <translation>恢复审查(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="120" />
      <source>&amp;Approve</source>
      <translation>准予许可(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="121" />
      <source>Re&amp;fuse</source>
      <translation>不予许可(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="122" />
      <source>&amp;Issue permit…</source>
      <translation>发证(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="123" />
      <source>Co&amp;llected</source>
      <translation>已领证(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="124" />
      <source>&amp;Withdraw</source>
      <translation>撤回申请(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="125" />
      <source>Ca&amp;ncel application</source>
      <translation>终止办理(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="129" />
      <source>Case received</source>
      <translation>收件登记</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="130" />
      <source>Printed</source>
      <translation>已打印</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="131" />
      <source>Expiry reminder handled</source>
      <translation>到期提醒已处理</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="132" />
      <source>Assigned</source>
      <translation>分配承办人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="135" />
      <source>Work permit notice (from abroad)</source>
      <translation>境外申请工作许可通知</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="136" />
      <source>Work permit card after entry</source>
      <translation>入境后申领工作许可证</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="137" />
      <source>New application in China</source>
      <translation>境内申请</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="138" />
      <source>Work of 90 days or less</source>
      <translation>来华工作90日以下</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="139" />
      <source>Extension</source>
      <translation>延期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="140" />
      <source>Change of employer, post or passport</source>
      <translation>变更（单位、岗位或护照）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="70" />
      <source>Change</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="141" />
      <source>Reissue</source>
      <translation>补办</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="142" />
      <source>Cancellation</source>
      <translation>注销</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="145" />
      <source>Category A (high-end talent)</source>
      <translation>A类（外国高端人才）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="146" />
      <source>Category B (professional)</source>
      <translation>B类（外国专业人才）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="147" />
      <source>Category C (other)</source>
      <translation>C类（其他外国人员）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="150" />
      <source>Not yet received</source>
      <translation>未提交</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="151" />
      <source>Received</source>
      <translation>已收取</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="152" />
      <source>Originals verified</source>
      <translation>已核验原件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="153" />
      <source>Not applicable</source>
      <translation>不适用</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="154" />
      <source>Cannot be provided</source>
      <translation>无法提供</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="157" />
      <source>Granted</source>
      <translation>准予许可</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="158" />
      <source>Not granted</source>
      <translation>不予许可</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="161" />
      <source>(provisional: holidays not yet published)</source>
      <translation>（暂定：节假日安排尚未公布）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="164" />
      <source>{days} working days left</source>
      <translation>剩余 {days} 个工作日</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="165" />
      <source>at risk: {days} working days left</source>
      <translation>临近期限：剩余 {days} 个工作日</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="166" />
      <source>overdue by {overdue} working days</source>
      <translation>已超期 {overdue} 个工作日</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="167" />
      <source>paused while corrections are awaited</source>
      <translation>补正期间暂停计时</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="170" />
      <source>Overdue cases</source>
      <translation>已超期案件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="171" />
      <source>Extensions to file now (30-day rule)</source>
      <translation>须立即申请延期（30日规定）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="172" />
      <source>Permits expiring</source>
      <translation>即将到期的证件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="175" />
      <source>Holiday</source>
      <translation>法定节假日</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="176" />
      <source>Make-up working day</source>
      <translation>调休上班日</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="179" />
      <source>Acceptance receipt</source>
      <translation>受理回执</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="180" />
      <source>One-time notice of deficiencies</source>
      <translation>一次性告知书</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="181" />
      <source>Decision slip</source>
      <translation>决定告知单</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="184" />
      <source>printer</source>
      <translation>打印机</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/workflow.py" line="185" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="71" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="72" />
      <source>Status change</source>
      <translation>状态变更</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="73" />
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="74" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="75" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="76" />
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="77" />
      <source>View unmasked data</source>
      <translation>查看未脱敏信息</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="78" />
      <source>Reset password</source>
      <translation>重置密码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="79" />
      <source>Change own password</source>
      <translation>修改本人密码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="80" />
      <source>Unlock</source>
      <translation>解锁</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="81" />
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="82" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="86" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="88" />
      <source>Audit log</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="89" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="24" />
      <location filename="../../talentdesk/texts/trust.py" line="90" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="80" />
      <location filename="../../talentdesk/texts/researchers.py" line="212" />
      <location filename="../../talentdesk/texts/trust.py" line="91" />
      <source>Passport</source>
      <translation>护照</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="42" />
      <location filename="../../talentdesk/texts/trust.py" line="92" />
      <source>Employer</source>
      <translation>用人单位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="93" />
      <source>Young researcher</source>
      <translation>青年人才</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="97" />
      <source>At start</source>
      <translation>启动时</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="98" />
      <source>Daily</source>
      <translation>每日</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="99" />
      <source>Before upgrade</source>
      <translation>升级前</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="100" />
      <source>Before import</source>
      <translation>导入前</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="101" />
      <source>Before restore</source>
      <translation>恢复前</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="102" />
      <source>Manual</source>
      <translation>手动</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="47" />
      <source>The audit trail is intact: {checked} entries checked. Last entry: no. {last_id}, hash {hash}.</source>
      <translation>审计日志完整：已校验 {checked} 条记录。最后一条：第 {last_id} 条，哈希值 {hash}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="52" />
      <source>The audit trail is broken at entry no. {entry}: its content was changed.</source>
      <translation>审计日志在第 {entry} 条处断裂：该记录的内容已被修改。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="55" />
      <source>The audit trail is broken at entry no. {entry}: entries before it were deleted (the last intact entry is no. {previous}).</source>
      <translation>审计日志在第 {entry} 条处断裂：其前面的记录已被删除（最后一条完好记录为第 {previous} 条）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/trust.py" line="60" />
      <source>The audit trail is broken at entry no. {entry}: it does not follow the entry before it (entries were reordered or inserted).</source>
      <translation>审计日志在第 {entry} 条处断裂：该记录与前一条记录不衔接（记录顺序被调换或有记录被插入）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="10" />
      <source>Surname</source>
      <translation>姓</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="11" />
      <source>Given names</source>
      <translation>名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="12" />
      <source>Chinese name</source>
      <translation>中文姓名</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="13" />
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="14" />
      <source>Date of birth</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="15" />
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="16" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="17" />
      <source>E-mail</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="18" />
      <source>Highest education</source>
      <translation>最高学历</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="19" />
      <source>Current visa or residence status</source>
      <translation>现持签证或居留状态</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="20" />
      <source>Passport number</source>
      <translation>护照号码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="21" />
      <source>Issuing state</source>
      <translation>签发国</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="22" />
      <source>Passport expiry date</source>
      <translation>护照有效期至</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="23" />
      <source>Expiry date</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="26" />
      <source>Machine-readable zone</source>
      <translation>机读区</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="27" />
      <source>Document type</source>
      <translation>证件类型</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="28" />
      <source>Personal number</source>
      <translation>个人号码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="29" />
      <source>Composite check digit</source>
      <translation>综合校验位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="31" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="32" />
      <source>Unified social credit code</source>
      <translation>统一社会信用代码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="33" />
      <location filename="../../talentdesk/texts/researchers.py" line="217" />
      <source>City</source>
      <translation>所在城市</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="34" />
      <source>District</source>
      <translation>区（县）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="35" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="36" />
      <source>Credit notes</source>
      <translation>信用情况备注</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="37" />
      <source>Authorised handlers</source>
      <translation>授权经办人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="38" />
      <source>Handler's e-mail</source>
      <translation>经办人电子邮箱</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="39" />
      <source>Fortune Global 500</source>
      <translation>世界500强企业</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="40" />
      <source>Foreign expert studio level</source>
      <translation>外国专家工作室级别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="41" />
      <source>Foreign expert studio year</source>
      <translation>外国专家工作室认定年度</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="44" />
      <source>Business type</source>
      <translation>业务类型</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="45" />
      <source>Position</source>
      <translation>拟聘岗位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="46" />
      <source>Annual salary</source>
      <translation>年薪</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="47" />
      <source>Contract start</source>
      <translation>合同起始日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="48" />
      <source>Contract end</source>
      <translation>合同截止日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="49" />
      <source>Work city</source>
      <translation>工作城市</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="50" />
      <source>Work location</source>
      <translation>工作地点</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="51" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="52" />
      <source>Reason for another category</source>
      <translation>改变类别的理由</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="53" />
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="54" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="55" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="56" />
      <source>Annual amount</source>
      <translation>年平均工资</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="57" />
      <source>Points table</source>
      <translation>积分计分表</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="58" />
      <source>Document checklist</source>
      <translation>材料清单</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="59" />
      <source>Deficiencies</source>
      <translation>需补正事项</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="60" />
      <source>Refusal reasons</source>
      <translation>不予许可理由</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="61" />
      <source>Valid until</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="62" />
      <source>Filing date</source>
      <translation>申报日期</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="63" />
      <source>Work permit number</source>
      <translation>工作许可证号</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="64" />
      <source>Resident ID number</source>
      <translation>公民身份号码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="65" />
      <source>Permanent residence ID number</source>
      <translation>外国人永久居留身份证号码</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="67" />
      <source>Age</source>
      <translation>年龄</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="68" />
      <source>Annual salary (RMB)</source>
      <translation>年薪（元）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="69" />
      <source>Years of work experience</source>
      <translation>工作年限</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="70" />
      <source>Months worked in China per year</source>
      <translation>每年在华工作月数</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="71" />
      <source>HSK level</source>
      <translation>汉语水平（HSK）等级</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="72" />
      <source>Local encouragement bonus</source>
      <translation>地方鼓励性加分</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="74" />
      <source>Application form</source>
      <translation>申请表</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="75" />
      <source>Proof of work experience</source>
      <translation>工作资历证明</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="76" />
      <source>Degree or qualification</source>
      <translation>学位（学历）或职业资格证明</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="77" />
      <source>Certificate of no criminal record</source>
      <translation>无犯罪记录证明</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="78" />
      <source>Health certificate</source>
      <translation>体检证明</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="79" />
      <source>Employment contract</source>
      <translation>聘用合同</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="81" />
      <source>Photo</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="82" />
      <source>Family relationship proof</source>
      <translation>随行家属关系证明</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="83" />
      <source>Other materials</source>
      <translation>其他材料</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="84" />
      <source>Visa or residence permit</source>
      <translation>签证或居留许可</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="85" />
      <source>Visa and residence document form</source>
      <translation>外国人签证证件申请表</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="86" />
      <source>Photo receipt</source>
      <translation>照片回执</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="87" />
      <source>Accommodation registration</source>
      <translation>住宿登记表</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="88" />
      <source>Work permit card</source>
      <translation>外国人工作许可证</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="89" />
      <source>Licensing decision</source>
      <translation>准予行政许可决定书</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="90" />
      <source>Employer letter</source>
      <translation>单位函件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="91" />
      <source>Employer registration proof</source>
      <translation>单位登记证明</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="92" />
      <source>Resignation certificate</source>
      <translation>离职证明</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="93" />
      <source>Extension application form</source>
      <translation>延期申请表</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="94" />
      <source>Change application form</source>
      <translation>变更申请表</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="95" />
      <source>Proof of the change</source>
      <translation>变更事项证明</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="96" />
      <source>Reissue application form</source>
      <translation>补办申请表</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="97" />
      <source>Loss declaration</source>
      <translation>遗失声明</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="98" />
      <source>Damaged work permit card</source>
      <translation>损毁的工作许可证</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="99" />
      <source>Cancellation application</source>
      <translation>注销申请</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="105" />
      <source>{field} must be M, F or X.</source>
      <translation>{field}只能填 M、F 或 X。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="106" />
      <source>{field} lies in the future.</source>
      <translation>{field}不能晚于今天。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="107" />
      <source>{field} is more than {max_age} years ago; please check it.</source>
      <translation>{field}早于{max_age}年前，请核对。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="110" />
      <source>{field}: “{value}” is not a known country code.</source>
      <translation>{field}：“{value}”不是有效的国家代码。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="113" />
      <source>{field}: “{value}” is not a known country or issuing authority code.</source>
      <translation>{field}：“{value}”不是有效的国家或签发机构代码。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="116" />
      <source>{field}: “{value}” is not one of the listed degrees.</source>
      <translation>{field}：“{value}”不在可选学历之列。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="119" />
      <source>{field} is not a valid e-mail address.</source>
      <translation>{field}格式不正确。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="120" />
      <source>The passport expired on {expiry}.</source>
      <translation>该护照已于{expiry}过期。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="121" />
      <source>This passport is already recorded for applicant no. {applicant_id}.</source>
      <translation>该护照已登记在第{applicant_id}号申请人名下。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="124" />
      <source>{field}: character {position} (“{char}”) must be a letter or a digit.</source>
      <translation>{field}：第{position}位（“{char}”）只能是字母或数字。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="127" />
      <source>{field} must have {min} to {max} characters, not {actual}.</source>
      <translation>{field}应为{min}至{max}位，现为{actual}位。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="131" />
      <source>No machine-readable zone was entered.</source>
      <translation>未输入机读区。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="132" />
      <source>Line {line}, position {position}: “{char}” cannot appear in an MRZ.</source>
      <translation>第{line}行第{position}位：机读区中不应出现“{char}”。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="135" />
      <source>MRZ line {line} has {actual} characters instead of {expected}.</source>
      <translation>机读区第{line}行为{actual}位，应为{expected}位。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="138" />
      <source>The MRZ has {actual} characters instead of {expected} (two lines of 44).</source>
      <translation>机读区共{actual}位，应为{expected}位（两行各44位）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="141" />
      <source>Document type “{document_type}” is not a passport.</source>
      <translation>证件类型“{document_type}”不是护照。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="144" />
      <source>{field}: code “{code}” is not a known country code.</source>
      <translation>{field}：代码“{code}”不是有效的国家代码。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="147" />
      <source>{field}: “{raw}” is not a valid date.</source>
      <translation>{field}：“{raw}”不是有效日期。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="148" />
      <source>{field}: “{char}” must be M, F or &lt;.</source>
      <translation>{field}：“{char}”应为 M、F 或 &lt;。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="149" />
      <source>{field}: the check digit is {printed}, but the data call for {expected}.</source>
      <translation>{field}：校验位印为{printed}，按数据应为{expected}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="153" />
      <location filename="../../talentdesk/texts/permits.py" line="162" />
      <source>{field} must have {expected} characters, not {actual}.</source>
      <translation>{field}应为{expected}位，现为{actual}位。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="156" />
      <location filename="../../talentdesk/texts/permits.py" line="165" />
      <source>{field}: character {position} (“{char}”) is not allowed there.</source>
      <translation>{field}：第{position}位不能是“{char}”。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="159" />
      <source>{field}: the last character is {actual}, but the code calls for {expected}.</source>
      <translation>{field}：校验码为{actual}，按前17位应为{expected}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="168" />
      <location filename="../../talentdesk/texts/permits.py" line="186" />
      <source>{field}: the last character is {actual}, but the number calls for {expected}.</source>
      <translation>{field}：末位校验码为{actual}，按号码应为{expected}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="171" />
      <source>{field}: region code {region} does not exist.</source>
      <translation>{field}：地址码{region}不存在。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="174" />
      <source>{field}: “{raw}” is not a valid date of birth.</source>
      <translation>{field}：“{raw}”不是有效的出生日期。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="177" />
      <source>{field} gives the date of birth {id_birth_date}, but {given} was entered.</source>
      <translation>{field}中的出生日期为{id_birth_date}，与填写的{given}不一致。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="180" />
      <source>{field} belongs to sex {id_sex}, but {given} was entered.</source>
      <translation>{field}对应的性别为{id_sex}，与填写的{given}不一致。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="183" />
      <source>{field} does not have the format of a {length}-character card number.</source>
      <translation>{field}不符合{length}位证件号码的格式。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="189" />
      <source>{field} must have 15 or 18 characters, not {actual}.</source>
      <translation>{field}应为15位或18位，现为{actual}位。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="193" />
      <source>{field}: “{value}” is not a city of Jiangsu Province.</source>
      <translation>{field}：“{value}”不是江苏省的设区市。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="196" />
      <source>An employer authorises {min} to {max} handlers, not {actual}.</source>
      <translation>用人单位应授权{min}至{max}名经办人，现为{actual}名。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="199" />
      <source>Handler {index} needs a name.</source>
      <translation>请填写第{index}名经办人的姓名。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="200" />
      <source>Enter the year the foreign expert studio was recognised.</source>
      <translation>请填写外国专家工作室的认定年度。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="203" />
      <source>Choose the level of the foreign expert studio.</source>
      <translation>请选择外国专家工作室的级别。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="206" />
      <location filename="../../talentdesk/texts/permits.py" line="241" />
      <source>{field} must lie between {min} and {max}.</source>
      <translation>{field}应在{min}至{max}之间。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="210" />
      <location filename="../../talentdesk/texts/permits.py" line="242" />
      <source>{field} must be more than zero.</source>
      <translation>{field}必须大于零。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="211" />
      <source>{field} cannot be negative.</source>
      <translation>{field}不能为负数。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="212" />
      <source>The contract ends before it starts ({start}).</source>
      <translation>合同截止日期早于起始日期（{start}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="215" />
      <source>Short-term work lasts at most {max_days} days; this contract runs {days} days.</source>
      <translation>来华短期工作不超过{max_days}日，本合同为{days}日。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="219" />
      <source>The contract runs only {days} days: work of {max_days} days or less is a short-term application.</source>
      <translation>本合同仅{days}日：工作{max_days}日以下应按来华短期工作办理。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="224" />
      <source>A new application needs the category evaluation (routes or points).</source>
      <translation>新申请须先进行类别评定（认定标准或计点积分）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="227" />
      <source>No category could be suggested from the data given: write down why {chosen} applies.</source>
      <translation>根据所填信息无法给出建议类别，请填写按{chosen}类办理的理由。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="231" />
      <source>Category {chosen} differs from the suggested category {suggested}: write down why.</source>
      <translation>所选{chosen}类与建议的{suggested}类不同，请填写理由。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="235" />
      <source>The applicant has no current passport on file.</source>
      <translation>该申请人没有登记在用的护照。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="238" />
      <source>{field} cannot be changed once a case exists; open a new case instead.</source>
      <translation>案件建立后不能修改{field}，请另建案件。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="244" />
      <source>Points table “{table_id}” does not exist.</source>
      <translation>积分计分表“{table_id}”不存在。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="247" />
      <source>{field}: {value} is below the lowest value the table scores ({min}).</source>
      <translation>{field}：{value}低于计分表的最小值（{min}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="250" />
      <source>{field}: {value} is above the highest value the table scores ({max}).</source>
      <translation>{field}：{value}高于计分表的最大值（{max}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="254" />
      <source>{field}: enter the issue date to check that it is recent enough.</source>
      <translation>{field}：请填写出具日期，以核对是否在有效期内。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="257" />
      <source>{field}: issued on {issued_on}, after the submission date {submission_date}.</source>
      <translation>{field}：出具日期{issued_on}晚于提交日期{submission_date}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="260" />
      <source>{field}: issued on {issued_on}, so valid only until {valid_until} ({max_months} months); the submission date is {submission_date}.</source>
      <translation>{field}：出具日期为{issued_on}，有效期{max_months}个月，至{valid_until}止；提交日期{submission_date}已超出有效期。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="265" />
      <source>{field}: issued abroad, it needs an apostille or consular legalisation.</source>
      <translation>{field}：境外出具的文件须办理附加证明书（海牙认证）或领事认证。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="268" />
      <source>The passport expires on {expiry}, before the period ends on {period_end}.</source>
      <translation>护照于{expiry}到期，早于申请期限截止日{period_end}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="271" />
      <source>{field} has not been received.</source>
      <translation>尚未收到{field}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="272" />
      <source>Write down why the document cannot be provided.</source>
      <translation>请填写无法提供该材料的理由。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="276" />
      <source>{field} usually has {expected_digits} digits; this one has {length} characters. Please check it.</source>
      <translation>{field}通常为{expected_digits}位数字，此号码为{length}位，请核对。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="281" />
      <source>{field} lies before the start of validity ({valid_from}).</source>
      <translation>{field}早于有效期起始日（{valid_from}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="284" />
      <source>A residence permit is valid for at least 90 days: {field} {earliest} or later.</source>
      <translation>居留许可有效期不少于90日：{field}应不早于{earliest}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="287" />
      <source>A residence permit is valid for at most 5 years: {field} {latest} at the latest.</source>
      <translation>居留许可有效期不超过5年：{field}应不晚于{latest}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="291" />
      <source>The residence permit cannot outlast the passport ({passport_expiry}).</source>
      <translation>居留许可有效期不得超过护照有效期（{passport_expiry}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="294" />
      <source>An extension can be filed from {opens} on.</source>
      <translation>延期申请自{opens}起方可提交。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="297" />
      <source>The last day to file an extension was {closes}; a new permit is needed.</source>
      <translation>延期申请的最后期限为{closes}，现须重新申请许可。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="301" />
      <source>This application is closed ({state}); nothing more can be done with it.</source>
      <translation>该申请已办结（{state}），不能再办理。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="304" />
      <source>This step is not possible in the current state ({state}).</source>
      <translation>当前状态（{state}）下不能办理此步骤。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="307" />
      <source>List every deficiency: the one-time notice must name them all.</source>
      <translation>请列出全部需补正事项：一次性告知须完整列明。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="310" />
      <source>Mandatory documents are missing; only A-category cases may be accepted so.</source>
      <translation>必交材料不齐：仅A类人才可容缺受理。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="313" />
      <source>A refusal needs at least one reason.</source>
      <translation>不予许可须至少说明一项理由。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="316" />
      <source>Unknown refusal reason “{code}”.</source>
      <translation>未知的不予许可理由“{code}”。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="317" />
      <source>The residence permit can be approved only after the work permit ({state}).</source>
      <translation>工作许可批准后方可批准居留许可（工作许可当前：{state}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/permits.py" line="321" />
      <source>Issue the work permit first: the residence permit is granted on it ({state}).</source>
      <translation>请先发放工作许可：工作类居留许可须凭工作许可办理（工作许可当前：{state}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/lists.py" line="9" />
      <source>Sort order</source>
      <translation>排序方式</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/lists.py" line="10" />
      <source>Filter</source>
      <translation>筛选条件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/lists.py" line="11" />
      <source>Page</source>
      <translation>分页</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/lists.py" line="16" />
      <source>This list cannot be sorted by “{key}”.</source>
      <translation>此列表不能按“{key}”排序。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/lists.py" line="17" />
      <source>This list has no filter “{key}”.</source>
      <translation>此列表没有“{key}”筛选条件。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/lists.py" line="18" />
      <source>“{value}” is not a valid value for the filter “{key}”.</source>
      <translation>“{value}”不是筛选条件“{key}”的有效值。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/lists.py" line="21" />
      <source>A page holds 1 to {max} rows from row 0 on.</source>
      <translation>每页可显示 1 至 {max} 行，且起始行不能为负数。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="9" />
      <source>Names checked against the passport</source>
      <translation>姓名已与护照核对</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="10" />
      <source>Highest degree</source>
      <translation>最高学位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="11" />
      <source>Years of teaching experience</source>
      <translation>教学工作年限</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="12" />
      <source>Local average social wage</source>
      <translation>本地区上年度社会平均工资</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="13" />
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="14" />
      <source>B age limit relaxed</source>
      <translation>放宽B类年龄限制</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="16" />
      <source>Teaching qualification</source>
      <translation>教学资质</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="18" />
      <source>Vocational certificate</source>
      <translation>职业技能资格证书</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="19" />
      <source>Former Chinese national</source>
      <translation>曾具有中国国籍</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="20" />
      <source>Bachelor's degree or higher taught in Chinese</source>
      <translation>中文授课学士及以上学位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="23" />
      <source>Western region</source>
      <translation>西部地区</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="24" />
      <source>Old industrial base (the Northeast…)</source>
      <translation>东北地区等老工业基地</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="25" />
      <source>Poverty county or other special area</source>
      <translation>国家级贫困县等特别地区</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="26" />
      <source>Graduate of a high-level foreign university</source>
      <translation>境外高水平大学毕业</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="29" />
      <source>Worked for a Fortune Global 500 company</source>
      <translation>世界500强企业任职经历</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="32" />
      <source>Holds patents or other IP</source>
      <translation>拥有专利等知识产权</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="33" />
      <source>Worked in China 5 years without a break</source>
      <translation>在华连续工作满5年</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="40" />
      <source>{field}: the MRZ names carry no check digit; compare them with the passport and tick the box.</source>
      <translation>{field}：机读区姓名没有校验位，请与护照核对后勾选。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="45" />
      <source>{field}: choose an employer from the list or register a new one.</source>
      <translation>{field}：请从列表中选择用人单位，或新建用人单位。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="48" />
      <source>{field}: another employer is already registered with this code.</source>
      <translation>{field}：已有其他用人单位使用此代码登记。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="54" />
      <source>check digit correct</source>
      <translation>校验位正确</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="55" />
      <source>check digit WRONG (printed {printed}, expected {expected})</source>
      <translation>校验位错误（印有 {printed}，应为 {expected}）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="58" />
      <source>check digit not printed</source>
      <translation>未印校验位</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="64" />
      <source>Unspecified</source>
      <translation>未指明</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="68" />
      <source>Below bachelor</source>
      <translation>学士以下</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="69" />
      <source>Bachelor</source>
      <translation>学士</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="70" />
      <source>Master</source>
      <translation>硕士</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="71" />
      <source>Doctorate</source>
      <translation>博士</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="75" />
      <source>Senior worker</source>
      <translation>高级工</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="76" />
      <source>Technician</source>
      <translation>技师</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="77" />
      <source>Senior technician</source>
      <translation>高级技师</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="78" />
      <source>Highest internationally recognised certificate</source>
      <translation>国际公认的最高级别职业技能证书</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="84" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="85" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="90" />
      <source>{input} not entered yet</source>
      <translation>尚未填写“{input}”</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="91" />
      <source>{key} confirmed from the documents</source>
      <translation>{key} 已经材料核实</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="92" />
      <source>{key} not confirmed from the documents</source>
      <translation>{key} 未经材料核实</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="93" />
      <source>degree {degree} meets {required}</source>
      <translation>学位“{degree}”达到“{required}”</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="94" />
      <source>degree {degree} is below {required}</source>
      <translation>学位“{degree}”低于“{required}”</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="95" />
      <source>{input}: {years}, at least {required}</source>
      <translation>{input}：{years} 年，不少于 {required} 年</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="96" />
      <source>{input}: {years}, fewer than {required}</source>
      <translation>{input}：{years} 年，少于 {required} 年</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="99" />
      <source>salary {salary} reaches {multiple}× the {year} average wage ({required})</source>
      <translation>年薪 {salary} 元达到 {year} 年社会平均工资的 {multiple} 倍（{required} 元）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="102" />
      <source>salary {salary} is below {multiple}× the {year} average wage ({required})</source>
      <translation>年薪 {salary} 元低于 {year} 年社会平均工资的 {multiple} 倍（{required} 元）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="105" />
      <source>points cannot be totalled yet</source>
      <translation>尚无法计算总分</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="106" />
      <source>{total} points reach the threshold of {threshold}</source>
      <translation>{total} 分，达到 {threshold} 分</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="109" />
      <source>{total} points are below the threshold of {threshold}</source>
      <translation>{total} 分，未达到 {threshold} 分</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="112" />
      <source>age {age} is below {min}</source>
      <translation>年龄 {age} 岁低于 {min} 岁</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="113" />
      <source>age {age} is above the B limit of {max} (routes {routes} not counted)</source>
      <translation>年龄 {age} 岁超过B类上限 {max} 岁（{routes} 不予计入）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="116" />
      <source>age {age} is above {max}, but the limit was relaxed</source>
      <translation>年龄 {age} 岁超过 {max} 岁，但已获准放宽</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="119" />
      <source>category {category} by {routes}</source>
      <translation>按 {routes} 符合{category}类</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="120" />
      <source>C posts are quota-managed</source>
      <translation>C类岗位实行配额管理</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="121" />
      <source>no route of A, B or C is met</source>
      <translation>不符合A、B、C类任何条件</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="122" />
      <source>{total} points are below {threshold}: that alone does not make C</source>
      <translation>{total} 分，低于 {threshold} 分：并不因此属于C类</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="125" />
      <source>value {value}</source>
      <translation>取值 {value}</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="126" />
      <source>value {value}, capped at {max}</source>
      <translation>取值 {value}，按本项上限 {max} 分计</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="127" />
      <source>no band applies</source>
      <translation>无对应档次</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="132" />
      <source>{value} ({at_least} and above)</source>
      <translation>{value}（{at_least}及以上）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="133" />
      <source>{value} ({at_least} to under {below})</source>
      <translation>{value}（满{at_least}不足{below}）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="134" />
      <source>{value} ({at_least} to {at_most})</source>
      <translation>{value}（{at_least}至{at_most}）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="135" />
      <source>{value} (under {below})</source>
      <translation>{value}（不足{below}）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="136" />
      <source>{value} ({points} points at {at_least}, {per_unit} more for each 1 above)</source>
      <translation>{value}（满{at_least}计{points}分，每多1加{per_unit}分）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="139" />
      <source>{text}, capped at the item maximum of {max}</source>
      <translation>{text}，按本项上限计{max}分</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/intake.py" line="140" />
      <source>{text} (also met: {others}; they do not add up)</source>
      <translation>{text}（另符合：{others}，不累加）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="10" />
      <source>Handler</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="11" />
      <source>Handler phone</source>
      <translation>经办人电话</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="12" />
      <source>Ethnicity</source>
      <translation>民族</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="13" />
      <source>Political status</source>
      <translation>政治面貌</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="14" />
      <source>Native place</source>
      <translation>籍贯</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="15" />
      <source>Post category</source>
      <translation>岗位类别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="16" />
      <source>Post grade</source>
      <translation>岗位等级</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="17" />
      <source>Title since</source>
      <translation>职称取得时间</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="18" />
      <source>University</source>
      <translation>毕业院校</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="19" />
      <source>Major</source>
      <translation>所学专业</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="20" />
      <source>Graduated</source>
      <translation>毕业时间</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="21" />
      <source>Joined the unit</source>
      <translation>来单位时间</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="22" />
      <source>Research field</source>
      <translation>研究方向</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="23" />
      <source>Evaluation category</source>
      <translation>评价类别</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="24" />
      <source>Year selected</source>
      <translation>入选年度</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="25" />
      <source>Funding (10k CNY)</source>
      <translation>资助金额（万元）</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="26" />
      <source>Remarks</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="31" />
      <source>{field} has {length} characters; at most {max} are allowed.</source>
      <translation>{field}共 {length} 个字符，最多允许 {max} 个。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="34" />
      <source>{field}: “{value}” is not a date. Write it as 2026-01-05 or 2026年1月5日.</source>
      <translation>{field}：“{value}”不是有效日期，请按 2026-01-05 或 2026年1月5日 的格式填写。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="37" />
      <source>{field}: “{value}” lacks the day (or the month); a full date is needed.</source>
      <translation>{field}：“{value}”缺少日（或月），请填写完整日期。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="40" />
      <source>{field}: “{value}” was typed as a number, so January and October look the same. Write it as text, e.g. 2015.10.</source>
      <translation>{field}：“{value}”以数字格式录入，无法区分1月与10月，请以文本格式填写，如 2015.10。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="45" />
      <source>{field}: “{value}” is not a whole number.</source>
      <translation>{field}：“{value}”不是整数。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="46" />
      <location filename="../../talentdesk/texts/excel.py" line="64" />
      <source>{field}: “{value}” is not a number.</source>
      <translation>{field}：“{value}”不是有效数字。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="47" />
      <source>{field}: “{value}” is neither yes nor no.</source>
      <translation>{field}：“{value}”应填写“是”或“否”。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="48" />
      <source>{field}: “{value}” is not one of the allowed values ({choices}).</source>
      <translation>{field}：“{value}”不在可选值范围内（{choices}）。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="51" />
      <source>{field}: “{value}” is stored as a number, so leading zeros may be lost. Format the column as text and type the number again.</source>
      <translation>{field}：“{value}”以数字格式存储，开头的0可能已丢失。请将该列设置为文本格式后重新录入。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="56" />
      <source>{field}: “{value}” is stored as a number and its last digits are lost. Format the column as text and type the number again.</source>
      <translation>{field}：“{value}”以数字格式存储，末几位已丢失。请将该列设置为文本格式后重新录入。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="61" />
      <source>{field}: “{value}” is masked; the full number is needed.</source>
      <translation>{field}：“{value}”为脱敏号码，请填写完整号码。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="65" />
      <source>{field}: the cell shows the formula error “{value}”, not a value. Correct the formula or type the value.</source>
      <translation>{field}：单元格显示的是公式错误“{value}”，不是数据。请修正公式或直接填写内容。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="70" />
      <source>{field}: the same record is already in row {first_row} of this file.</source>
      <translation>{field}：与本文件第 {first_row} 行为同一记录，重复填报。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="73" />
      <source>A person with these names, date of birth and nationality is already on file under another passport. Record the new passport in that person's record instead.</source>
      <translation>已有姓名、出生日期和国籍均相同的人员以另一本护照登记在册。请在该人员的记录中登记新护照，不要重复导入。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="82" />
      <source>The file cannot be opened or is damaged.</source>
      <translation>文件无法打开或已损坏。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="83" />
      <source>The workbook is empty.</source>
      <translation>工作簿为空。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="84" />
      <source>This is not an Excel workbook (.xlsx). Save it as .xlsx and try again.</source>
      <translation>该文件不是 Excel 工作簿（.xlsx），请另存为 .xlsx 后重试。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="87" />
      <source>This is an old Excel 97-2003 file (.xls). Save it as .xlsx and try again.</source>
      <translation>该文件为旧版 Excel 97-2003 格式（.xls），请另存为 .xlsx 后重试。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="90" />
      <source>The workbook is protected by a password. Remove the password and try again.</source>
      <translation>工作簿设有密码保护，请取消密码后重试。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="93" />
      <source>The workbook has no sheet “{detail}”.</source>
      <translation>工作簿中没有名为“{detail}”的工作表。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="94" />
      <source>No header row with the expected column names was found. Use the template's headers.</source>
      <translation>未找到包含所需列名的表头行，请使用模板中的表头。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="98" />
      <source>Required columns are missing: {detail}.</source>
      <translation>缺少必填列：{detail}。</translation>
    </message>
    <message>
      <location filename="../../talentdesk/texts/excel.py" line="103" />
      <source>Cancelled; nothing was changed.</source>
      <translation>已取消，未作任何更改。</translation>
    </message>
  </context>
</TS>
