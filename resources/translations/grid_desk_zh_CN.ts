<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessDetail</name>
    <message>
        <location filename="../../desk/ui/record_labels.py" line="13" />
        <source>full ID number</source>
        <translation>完整身份证号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_labels.py" line="14" />
        <source>full phone number</source>
        <translation>完整电话号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_labels.py" line="15" />
        <source>proxy's full ID number</source>
        <translation>代办人完整身份证号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_labels.py" line="42" />
        <source>searched for: {0}</source>
        <translation>查询：{0}</translation>
    </message>
</context>
<context>
    <name>AccessLogPage</name>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="25" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="26" />
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="27" />
        <source>Intake cases</source>
        <translation>受理件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="28" />
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="29" />
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="30" />
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="31" />
        <source>Issued documents</source>
        <translation>已出具文书</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="32" />
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="33" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="34" />
        <source>This access log</source>
        <translation>本查阅记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="56" />
        <source>Who looked at personal data</source>
        <translation>个人信息查阅记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="69" />
        <source>record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="71" />
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="72" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="76" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="76" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="82" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="83" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="84" />
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="85" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="86" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="87" />
        <source>Records seen</source>
        <translation>查阅条数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="88" />
        <source>Ids</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/access_log.py" line="89" />
        <source>What was shown</source>
        <translation>显示内容</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="38" />
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="48" />
        <source>User name (for signing in)</source>
        <translation>用户名（用于登录）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="49" />
        <source>Name (printed on receipts)</source>
        <translation>姓名（打印在回执上）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="50" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="51" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="52" />
        <source>First password (they change it at first sign-in)</source>
        <translation>初始密码（首次登录时须修改）</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="61" />
        <source>Written agreement (协议书)</source>
        <translation>书面协议（协议书）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="62" />
        <source>Oral agreement (口头协议)</source>
        <translation>口头协议</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="76" />
        <source>Term</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="76" />
        <source>Due by (optional)</source>
        <translation>履行期限（可不填）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="82" />
        <source>Add term</source>
        <translation>添加条款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="82" />
        <source>Remove term</source>
        <translation>删除条款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="83" />
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="83" />
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="97" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="98" />
        <source>Main facts</source>
        <translation>纠纷主要事实</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="99" />
        <source>Disputed matters</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="100" />
        <source>Each party's responsibility</source>
        <translation>各方当事人的责任</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="104" />
        <source>Agreed terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="105" />
        <source>How it is performed</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="106" />
        <source>Performed by</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="107" />
        <source>Agreed on (oral)</source>
        <translation>达成协议日期（口头协议）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="108" />
        <source>Mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="109" />
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="130" />
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="131" />
        <source>Print draft (草稿)…</source>
        <translation>打印草稿…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="132" />
        <source>To read and discuss: marked 草稿 on every page, never to be signed</source>
        <translation>供阅读、讨论：每页印有“草稿”，不得签名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="133" />
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="270" />
        <source>Print agreement…</source>
        <translation>打印协议书…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="134" />
        <source>Record signatures and seal…</source>
        <translation>登记签名盖章…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="135" />
        <source>Record judicial confirmation application…</source>
        <translation>登记申请司法确认…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="227" />
        <source>&lt;b&gt;Number&lt;/b&gt;: {0}</source>
        <translation>&lt;b&gt;编号&lt;/b&gt;：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="228" />
        <source>&lt;b&gt;Copies&lt;/b&gt;: {0} (one per party and one for the committee)</source>
        <translation>&lt;b&gt;份数&lt;/b&gt;：{0} 份（当事人各执一份，调委会留存一份）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="229" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="229" />
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="230" />
        <source>&lt;b&gt;Parties&lt;/b&gt; (correct them in the Parties tab):</source>
        <translation>&lt;b&gt;当事人&lt;/b&gt;（在“当事人”页修改）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="235" />
        <source>Not drafted yet.</source>
        <translation>尚未起草。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="237" />
        <source>Oral agreement, in effect since {0} (the day the parties agreed).</source>
        <translation>口头协议，自 {0}（当事人达成协议之日）起生效。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="239" />
        <source>&lt;span style='color:#c62828'&gt;&lt;b&gt;Draft — not in effect.&lt;/b&gt;&lt;/span&gt; It takes effect when every party has signed and the mediator has signed and sealed it.</source>
        <translation>&lt;span style='color:#c62828'&gt;&lt;b&gt;草稿——尚未生效。&lt;/b&gt;&lt;/span&gt;各方当事人签名、人民调解员签名并加盖调委会印章后生效。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="244" />
        <source>&lt;b&gt;In effect since {0}.&lt;/b&gt;</source>
        <translation>&lt;b&gt;自 {0} 起生效。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="246" />
        <source>Judicial confirmation applied for on {0} at {1}.</source>
        <translation>已于 {0} 向{1}申请司法确认。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="249" />
        <source>The 30-day window for judicial confirmation closed on {0}.</source>
        <translation>申请司法确认的 30 日期限已于 {0} 届满。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="252" />
        <source>&lt;span style='color:{0}'&gt;The parties may apply jointly for judicial confirmation until {1} ({2} days left).&lt;/span&gt;</source>
        <translation>&lt;span style='color:{0}'&gt;双方当事人可在 {1} 前共同申请司法确认（还剩 {2} 天）。&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="258" />
        <source>Missing: {0}</source>
        <translation>尚缺：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="269" />
        <source>Print again (补打 of the signed original)…</source>
        <translation>再次打印（补打已签署的原件）…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="270" />
        <source>Print for signing…</source>
        <translation>打印签署文本…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="311" />
        <source>&lt;span style='color:#c62828'&gt;&lt;b&gt;Changed after the copies printed on {0} went out for signature:&lt;/b&gt; those copies must not be signed; print the new text.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#c62828'&gt;&lt;b&gt;{0} 打印交签的文本已被修改：&lt;/b&gt;那些文本不得签署，请打印修改后的文本。&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/agreement_editor.py" line="313" />
        <source>Copies for signing printed on {0}.</source>
        <translation>签署文本已于 {0} 打印。</translation>
    </message>
</context>
<context>
    <name>AgreementPrinting</name>
    <message>
        <location filename="../../desk/ui/mediation/signing_dialogs.py" line="59" />
        <source>Agreement changed</source>
        <translation>协议已修改</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/signing_dialogs.py" line="60" />
        <source>The agreement was changed after the copies printed on {0} went out for signature. Those copies must not be signed: collect them and have the parties sign the new text.

Print the new text for signing now?</source>
        <translation>{0} 打印交签的协议文本之后，协议又被修改。那些文本不得签署：请收回，并由当事人签署修改后的文本。

现在打印修改后的签署文本吗？</translation>
    </message>
</context>
<context>
    <name>ApplicantDialog</name>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="32" />
        <source>Correct applicant</source>
        <translation>更正申请人信息</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="32" />
        <source>New applicant</source>
        <translation>新增申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="36" />
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="37" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="43" />
        <source>e.g. 军官证</source>
        <translation>例如：军官证</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="55" />
        <source>Identity document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="56" />
        <source>Name of the document</source>
        <translation>证件名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="57" />
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="107" />
        <source>18 characters, from the ID card</source>
        <translation>18 位，按身份证填写</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="108" />
        <source>18 characters, starting with 81, 82 or 83</source>
        <translation>18 位，以 81、82 或 83 开头</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="109" />
        <source>H or M and 8 digits</source>
        <translation>H 或 M 加 8 位数字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="110" />
        <source>8 digits</source>
        <translation>8 位数字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="111" />
        <source>18 characters starting with 9, or the older 15</source>
        <translation>以 9 开头的 18 位，或旧版 15 位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="112" />
        <source>letters and digits, from the photo page</source>
        <translation>字母和数字，照资料页填写</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="113" />
        <source>as printed on the document</source>
        <translation>照证件上所印填写</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="47" />
        <source>统一社会信用代码, 18 characters</source>
        <translation>统一社会信用代码，18 位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="53" />
        <source>Applicant is</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="55" />
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="58" />
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="59" />
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="60" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="60" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_dialog.py" line="61" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>ApplicantPanel</name>
    <message>
        <location filename="../../desk/ui/intake/applicant_panel.py" line="31" />
        <source>2. Applicant</source>
        <translation>2. 申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_panel.py" line="37" />
        <source>ID or passport number, phone, name or pinyin (zhangsan / zs)</source>
        <translation>证件号码（身份证、护照等）、电话、姓名或拼音（zhangsan / zs）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_panel.py" line="45" />
        <location filename="../../desk/ui/intake/applicant_panel.py" line="110" />
        <source>No applicant chosen yet.</source>
        <translation>尚未选择申请人。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_panel.py" line="49" />
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_panel.py" line="50" />
        <source>Register a new applicant</source>
        <translation>登记新的申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_panel.py" line="51" />
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_panel.py" line="52" />
        <source>Correct the chosen applicant's details</source>
        <translation>更正所选申请人的信息</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_panel.py" line="94" />
        <source>Nobody found. Register a new applicant.</source>
        <translation>未找到。请登记新的申请人。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/applicant_panel.py" line="109" />
        <source>Applicant: {0}</source>
        <translation>申请人：{0}</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="14" />
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="15" />
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="16" />
        <source>Sign-in failed (wrong password)</source>
        <translation>登录失败（密码错误）</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="17" />
        <source>Account locked after failed sign-ins</source>
        <translation>多次登录失败，账号已锁定</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="18" />
        <source>Sign-in with an unknown user name</source>
        <translation>使用不存在的用户名登录</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="19" />
        <source>Sign-in refused: account disabled</source>
        <translation>拒绝登录：账号已停用</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="20" />
        <source>Sign-in refused: account still locked</source>
        <translation>拒绝登录：账号仍在锁定中</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="21" />
        <source>First administrator created</source>
        <translation>创建首个管理员</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="22" />
        <source>User added</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="23" />
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="24" />
        <source>User enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="25" />
        <source>User disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="26" />
        <source>User unlocked</source>
        <translation>解锁用户</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="27" />
        <source>Role changed</source>
        <translation>变更角色</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="28" />
        <source>User list viewed</source>
        <translation>查看用户列表</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="30" />
        <source>Station details changed</source>
        <translation>修改工作站信息</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="31" />
        <source>Station setting changed</source>
        <translation>修改工作站设置</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="32" />
        <source>Window added</source>
        <translation>新增窗口</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="33" />
        <source>Window changed</source>
        <translation>修改窗口</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="34" />
        <source>Window removed</source>
        <translation>删除窗口</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="35" />
        <source>Calendar day changed</source>
        <translation>修改日历日期</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="36" />
        <source>Calendar year entered</source>
        <translation>录入全年日历</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="37" />
        <source>Database upgraded (records accepted as they were)</source>
        <translation>数据库升级（按原样接受已有记录）</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="38" />
        <source>Record images kept for the audit chain</source>
        <translation>为审计链保存记录内容</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="39" />
        <source>Audit log viewed</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="40" />
        <source>Access log viewed</source>
        <translation>查看访问记录</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="42" />
        <source>Queue number issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="43" />
        <source>Number called</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="44" />
        <source>Number called again</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="45" />
        <source>Number missed (no-show)</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="46" />
        <source>Service started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="47" />
        <source>Service finished</source>
        <translation>办理完毕</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="48" />
        <source>Number transferred</source>
        <translation>转移号码</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="49" />
        <source>Window on a break</source>
        <translation>窗口暂停</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="50" />
        <source>Window back from a break</source>
        <translation>窗口恢复</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="51" />
        <source>Clerk at the window</source>
        <translation>工作人员到岗（窗口开放）</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="52" />
        <source>Clerk left the window</source>
        <translation>工作人员离岗（窗口关闭）</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="53" />
        <source>Kiosk called for staff</source>
        <translation>取号机呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="54" />
        <source>Call for staff answered</source>
        <translation>已响应呼叫</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="55" />
        <source>Window services changed</source>
        <translation>修改窗口业务</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="56" />
        <source>Queue service added</source>
        <translation>新增排队业务</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="57" />
        <source>Queue service changed</source>
        <translation>修改排队业务</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="58" />
        <source>Queue settings changed</source>
        <translation>修改排队设置</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="59" />
        <source>Demo queue history created</source>
        <translation>生成演示排队记录</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="61" />
        <source>Applicant saved</source>
        <translation>保存申请人</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="62" />
        <source>Applicant viewed</source>
        <translation>查看申请人</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="63" />
        <source>Applicants searched</source>
        <translation>查询申请人</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="64" />
        <source>Applicant's full ID number shown</source>
        <translation>显示申请人完整身份证号</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="65" />
        <source>Applicant's full phone number shown</source>
        <translation>显示申请人完整电话</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="66" />
        <source>Case taken in</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="67" />
        <source>Missing materials brought</source>
        <translation>补齐材料</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="68" />
        <source>Case work started</source>
        <translation>开始办理案件</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="69" />
        <source>Case completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="70" />
        <source>Result delivered</source>
        <translation>送达结果</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="71" />
        <source>Case withdrawn</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="72" />
        <source>Case handed over</source>
        <translation>案件转交</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="73" />
        <source>Proxy recorded</source>
        <translation>登记代办人</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="74" />
        <source>Envelope received</source>
        <translation>收到信封</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="75" />
        <source>Envelope sent</source>
        <translation>寄出信封</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="76" />
        <source>Case list viewed</source>
        <translation>查看案件列表</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="77" />
        <source>Case viewed</source>
        <translation>查看案件</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="78" />
        <source>Case document viewed</source>
        <translation>查看案件文书</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="79" />
        <source>Case looked up by receipt number</source>
        <translation>按受理编号查找案件</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="80" />
        <source>Proxy's full ID number shown</source>
        <translation>显示代办人完整身份证号</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="81" />
        <source>容缺 materials brought</source>
        <translation>补交容缺材料</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="82" />
        <source>容缺 closed: every material in</source>
        <translation>容缺材料已全部补齐</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="83" />
        <source>Deadline extended (Art. 42)</source>
        <translation>延长办理期限（行政许可法第四十二条）</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="84" />
        <source>Clock paused (Art. 45)</source>
        <translation>暂停计时（行政许可法第四十五条）</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="85" />
        <source>Clock resumed</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="86" />
        <source>督办 reminder sent</source>
        <translation>发出督办</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="87" />
        <source>督办 list viewed</source>
        <translation>查看督办清单</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="88" />
        <source>Service catalogue imported</source>
        <translation>导入事项目录</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="89" />
        <source>Service item saved</source>
        <translation>保存服务事项</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="90" />
        <source>Service item switched on or off</source>
        <translation>启用或停用服务事项</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="91" />
        <source>Consultation recorded</source>
        <translation>登记咨询</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="92" />
        <source>Consultations viewed</source>
        <translation>查看咨询记录</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="93" />
        <source>Rating given</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="94" />
        <source>Bad rating followed up</source>
        <translation>跟进差评</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="95" />
        <source>Ratings viewed</source>
        <translation>查看评价</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="97" />
        <source>Document issued</source>
        <translation>出具文书</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="98" />
        <source>Document reprinted</source>
        <translation>补打文书</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="99" />
        <source>Issued documents viewed</source>
        <translation>查看已出具文书</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="100" />
        <source>Issued document opened</source>
        <translation>打开已出具文书</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="102" />
        <source>Mediation case registered</source>
        <translation>调解案件登记</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="103" />
        <source>Mediation case changed</source>
        <translation>修改调解案件</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="104" />
        <source>Mediation case closed</source>
        <translation>调解案件结案</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="105" />
        <source>Mediation case reopened</source>
        <translation>调解案件重新开启</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="106" />
        <source>Mediation cases viewed</source>
        <translation>查看调解案件列表</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="107" />
        <source>Mediation case viewed</source>
        <translation>查看调解案件</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="108" />
        <source>Party saved</source>
        <translation>保存当事人</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="109" />
        <source>Party removed</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="110" />
        <source>Mediation record added</source>
        <translation>新增调解记录</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="111" />
        <source>Investigation record added</source>
        <translation>新增调查记录</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="112" />
        <source>Agreement saved</source>
        <translation>保存调解协议</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="113" />
        <source>Agreement signed</source>
        <translation>调解协议签署</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="114" />
        <source>Judicial confirmation recorded</source>
        <translation>登记司法确认</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="115" />
        <source>Agreement printed</source>
        <translation>打印调解协议</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="116" />
        <source>Follow-up visit recorded</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="117" />
        <source>Case file details changed</source>
        <translation>修改卷宗信息</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="118" />
        <source>Case file viewed</source>
        <translation>查看卷宗</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="119" />
        <source>Case file printed</source>
        <translation>打印卷宗</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="120" />
        <source>司法部 form printed</source>
        <translation>打印司法部文书</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="121" />
        <source>Case number format changed</source>
        <translation>修改案号格式</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="122" />
        <source>Room booked</source>
        <translation>预约调解室</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="123" />
        <source>Booking moved</source>
        <translation>改约</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="124" />
        <source>Booking cancelled</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="125" />
        <source>Bookings viewed</source>
        <translation>查看预约</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="126" />
        <source>Room saved</source>
        <translation>保存调解室</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="127" />
        <source>Room closed for a day</source>
        <translation>调解室停用一天</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="128" />
        <source>Room reopened for a day</source>
        <translation>调解室恢复使用</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="129" />
        <source>Mediator saved</source>
        <translation>保存调解员</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="130" />
        <source>Shift added</source>
        <translation>新增值班</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="131" />
        <source>Shift removed</source>
        <translation>删除值班</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="132" />
        <source>Shift exception recorded</source>
        <translation>登记值班调整</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="133" />
        <source>Shift exception removed</source>
        <translation>撤销值班调整</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="135" />
        <source>Day closed</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="136" />
        <source>Daily note added</source>
        <translation>新增工作日志备注</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="137" />
        <source>Daily note changed</source>
        <translation>修改工作日志备注</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="138" />
        <source>Daily note deleted</source>
        <translation>删除工作日志备注</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <location filename="../../desk/services/audit.py" line="166" />
        <source>Audit record {seq} is missing (deleted); the next one is record {next}.</source>
        <translation>审计记录第 {seq} 条缺失（已被删除），其后一条是第 {next} 条。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit.py" line="167" />
        <source>Audit record {seq} (id {id}) was changed after it was written.</source>
        <translation>审计记录第 {seq} 条（编号 {id}）在写入后被改动过。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit.py" line="168" />
        <source>The chain ends at record {checked}, but the chain head says {last} were written: the last records were deleted.</source>
        <translation>审计链止于第 {checked} 条，但链头记载已写入 {last} 条：最后的记录被删除了。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit.py" line="170" />
        <source>The chain ends at record {last}, but {source} shows that record {seq} existed: records were cut off or the audit table was emptied.</source>
        <translation>审计链止于第 {last} 条，但 {source} 表明第 {seq} 条曾经存在：记录被截断，或审计表被清空。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit.py" line="172" />
        <source>Audit record {seq}, anchored in {source}, is missing.</source>
        <translation>{source} 锚定的审计记录第 {seq} 条缺失。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit.py" line="173" />
        <source>Audit record {seq} does not match {source}: the audit trail was rewritten after that anchor was written.</source>
        <translation>审计记录第 {seq} 条与 {source} 不符：该锚点写下之后，审计记录被重写过。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit_rows.py" line="33" />
        <source>Row {key} of table {table} has no audit record: it was added outside Grid Desk.</source>
        <translation>表 {table} 中的第 {key} 行没有任何审计记录：它是在网格工作站之外添加的。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit_rows.py" line="35" />
        <source>Row {key} of table {table} differs from its last audited state (record {seq}): it was changed outside Grid Desk.</source>
        <translation>表 {table} 中的第 {key} 行与其最后一次审计时的状态（第 {seq} 条记录）不同：它在网格工作站之外被改动过。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit_rows.py" line="37" />
        <source>Row {key} of table {table} (last audited in record {seq}) is gone: it was deleted outside Grid Desk.</source>
        <translation>表 {table} 中的第 {key} 行（最后审计于第 {seq} 条记录）已不存在：它在网格工作站之外被删除了。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit_rows.py" line="39" />
        <source>Row {key} of table {table} was deleted in record {seq} but exists again: it was put back outside Grid Desk.</source>
        <translation>表 {table} 中的第 {key} 行已在第 {seq} 条记录中删除，现在却又存在：它是在网格工作站之外被放回的。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit.py" line="175" />
        <source>{count} more problems were found; fix the first ones and check again.</source>
        <translation>另外还发现 {count} 个问题；请先处理前面的问题，再重新核对。</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="142" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="143" />
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="144" />
        <source>Station setting</source>
        <translation>工作站设置</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="145" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="146" />
        <source>Calendar day</source>
        <translation>日历日期</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="147" />
        <source>Calendar year</source>
        <translation>日历年度</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="148" />
        <source>Audit record</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="149" />
        <source>Access record</source>
        <translation>访问记录</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="150" />
        <source>Queue service</source>
        <translation>排队业务</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="151" />
        <source>Queue number</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="152" />
        <source>Call for staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="153" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="154" />
        <source>Intake case</source>
        <translation>受理案件</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="155" />
        <source>Service item</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="156" />
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="157" />
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="158" />
        <source>Issued document</source>
        <translation>已出具文书</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="159" />
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="160" />
        <source>Room booking</source>
        <translation>调解室预约</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="161" />
        <source>Mediation room</source>
        <translation>调解室</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="162" />
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="163" />
        <source>Shift</source>
        <translation>值班</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="164" />
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <location filename="../../desk/core/audit_labels.py" line="165" />
        <source>Daily note</source>
        <translation>工作日志备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/record_labels.py" line="36" />
        <source>no. {0}</source>
        <translation>第 {0} 条</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="44" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="52" />
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="54" />
        <source>action, e.g. user. or auth.</source>
        <translation>操作，如 user. 或 auth.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="56" />
        <source>record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="57" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="59" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="59" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="66" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="67" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="68" />
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="69" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="70" />
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="73" />
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="74" />
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="80" />
        <source>Check the chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="82" />
        <source>Checks the records written since the last passed check, every anchor, and the rows those records changed: seconds, for the daily check.</source>
        <translation>校验上次校验通过以来写入的记录、全部锚点，以及这些记录改动过的数据行：只需几秒，适合每日校验。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="85" />
        <source>Full check</source>
        <translation>完整校验</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="87" />
        <source>Walks the whole chain from the first record and compares every business row: minutes on a big station. Run it now and then, and whenever something looks wrong.</source>
        <translation>从第一条记录起校验整条审计链，并比对每一行业务数据：数据量大的站点需要几分钟。请定期运行，发现异常时也请运行。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="119" />
        <source>Checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="119" />
        <source>Checking the whole chain…</source>
        <translation>正在校验整条审计链…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="133" />
        <source>Chain intact: the {0} records since record {1} check out (the records up to it were proved by an earlier check; “Full check” walks them all again).</source>
        <translation>审计链完好：第 {1} 条之后的 {0} 条记录全部校验通过（第 {1} 条及之前的记录已由此前的校验确认；“完整校验”会重新逐条校验）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="137" />
        <source>Chain intact: {0} records check out.</source>
        <translation>审计链完好：{0} 条记录全部校验通过。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="143" />
        <source>{0} ({1} more problems: `audit verify` lists them all)</source>
        <translation>{0}（另有 {1} 个问题：`audit verify` 会全部列出）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/audit.py" line="145" />
        <source>Chain BROKEN after {0} good records: {1}.</source>
        <translation>审计链已被破坏（前 {0} 条正常）：{1}。</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../desk/ui/backup_status.py" line="45" />
        <source>{0} minutes ago</source>
        <translation>{0} 分钟前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backup_status.py" line="47" />
        <source>{0} hours ago</source>
        <translation>{0} 小时前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backup_status.py" line="48" />
        <source>{0} days ago</source>
        <translation>{0} 天前</translation>
    </message>
</context>
<context>
    <name>BackupStatusBox</name>
    <message>
        <location filename="../../desk/ui/backup_status.py" line="63" />
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backup_status.py" line="72" />
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backup_status.py" line="76" />
        <source>Last backup</source>
        <translation>最近一次备份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backup_status.py" line="77" />
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backup_status.py" line="84" />
        <source>backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backup_status.py" line="104" />
        <source>none yet</source>
        <translation>尚无备份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backup_status.py" line="106" />
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/backup_status.py" line="109" />
        <source>none (a manager can set one on the Station page)</source>
        <translation>未设置（站长可在“站点”页面设置）</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="50" />
        <source>Move booking</source>
        <translation>调整预约</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="50" />
        <source>Book a room</source>
        <translation>预约调解室</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="70" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="71" />
        <source>Time the room needs after this session before the next one.</source>
        <translation>本次使用结束后，调解室在下一次使用前需要的整理时间。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="92" />
        <source>(no case yet)</source>
        <translation>（暂无案件）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="97" />
        <source>Room</source>
        <translation>调解室</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="98" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="99" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="100" />
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="101" />
        <source>Buffer after</source>
        <translation>结束后预留</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="102" />
        <source>Mediators and staff</source>
        <translation>调解员及其他人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="108" />
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="109" />
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="110" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/booking_dialog.py" line="111" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="46" />
        <source>Mediation rooms</source>
        <translation>调解室预约</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="50" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="50" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="58" />
        <source>◀ Earlier</source>
        <translation>◀ 向前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="58" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="58" />
        <source>Later ▶</source>
        <translation>向后 ▶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="66" />
        <source>Room</source>
        <translation>调解室</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="68" />
        <source>Book…</source>
        <translation>预约…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="80" />
        <source>Click a free time to book it; click a booking to move or cancel it, or drag it.</source>
        <translation>点击空闲时段即可预约；点击已有预约可调整或取消，也可直接拖动。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="109" />
        <source>closed: {0}</source>
        <translation>停用：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="111" />
        <source>closed</source>
        <translation>不开放</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="149" />
        <source>Book a room</source>
        <translation>预约调解室</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="150" />
        <source>No mediation room is set up yet. Ask the station manager to add one.</source>
        <translation>尚未设置调解室，请站长先添加。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="181" />
        <source>Booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="187" />
        <source>Move or change…</source>
        <translation>调整…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="188" />
        <source>Cancel booking…</source>
        <translation>取消预约…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="190" />
        <source>A mediation session: only a mediator may move or cancel it.</source>
        <translation>调解场次：只有调解员可以调整或取消。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="191" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="203" />
        <source>Cancel booking</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="203" />
        <source>Why is it cancelled?</source>
        <translation>取消原因：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/bookings_page.py" line="226" />
        <source>Cannot move to {0} {1}</source>
        <translation>无法调整到 {0} {1}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="39" />
        <source>holiday (放假)</source>
        <translation>放假</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="40" />
        <source>make-up workday (调休上班)</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="49" />
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="52" />
        <source>Enter each year's arrangement when the State Council publishes it (usually October to December), then mark the year complete. Until then, deadlines reaching that year are shown as unknown.</source>
        <translation>国务院公布每年的节假日安排后（通常在10月至12月）录入，再将该年标记为“已完整”。在此之前，落在该年的办结期限显示为“未知”。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="61" />
        <location filename="../../desk/ui/intake/calendar_page.py" line="125" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="62" />
        <source>Complete</source>
        <translation>已完整</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="62" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="62" />
        <source>no — deadlines unknown</source>
        <translation>否——期限无法计算</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="64" />
        <source>Holidays</source>
        <translation>放假天数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="65" />
        <source>Make-up days</source>
        <translation>调休上班天数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="73" />
        <location filename="../../desk/ui/intake/calendar_page.py" line="110" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="74" />
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="75" />
        <location filename="../../desk/ui/intake/calendar_page.py" line="111" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="76" />
        <location filename="../../desk/ui/intake/calendar_page.py" line="112" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="95" />
        <source>A day</source>
        <translation>某一天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="105" />
        <source>ordinary day (remove)</source>
        <translation>普通日（删除）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="107" />
        <source>e.g. 春节</source>
        <translation>如：春节</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="108" />
        <source>Save day</source>
        <translation>保存该日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="114" />
        <source>A year</source>
        <translation>某一年</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="120" />
        <source>The notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知</source>
        <translation>通知名称，如：国务院办公厅关于2027年部分节假日安排的通知</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="121" />
        <source>Mark year complete</source>
        <translation>标记该年已完整</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="123" />
        <source>Mark year incomplete</source>
        <translation>标记该年未完整</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/calendar_page.py" line="126" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>CallNumberDialog</name>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="107" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
</context>
<context>
    <name>CaseAction</name>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="42" />
        <source>accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="43" />
        <source>accepted with 容缺 (承诺书)</source>
        <translation>容缺受理（已签承诺书）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="44" />
        <source>容缺 materials brought</source>
        <translation>补交容缺材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="45" />
        <source>容缺 closed: every material in</source>
        <translation>容缺材料已补齐</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="46" />
        <source>materials missing (one-time notice)</source>
        <translation>材料不齐（一次性告知）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="47" />
        <source>materials received</source>
        <translation>收到补正材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="48" />
        <source>all materials in: clock started</source>
        <translation>材料齐全，开始计时</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="49" />
        <source>refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="50" />
        <source>processing started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="51" />
        <source>completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="52" />
        <source>delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="53" />
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="54" />
        <source>handed over (AB岗)</source>
        <translation>转交（AB岗）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="55" />
        <source>proxy recorded (帮办代办)</source>
        <translation>登记代办人（帮办代办）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="56" />
        <source>sealed envelope handed in</source>
        <translation>递交密封材料袋</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="57" />
        <source>sealed envelope handed back</source>
        <translation>交回密封结果袋</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="58" />
        <source>deadline extended (Art. 42)</source>
        <translation>延期（行政许可法第四十二条）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="59" />
        <source>clock paused (Art. 45)</source>
        <translation>暂停计时（行政许可法第四十五条）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="60" />
        <source>clock resumed</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="61" />
        <source>督办 reminder</source>
        <translation>督办提醒</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../desk/ui/intake/case_actions.py" line="50" />
        <source>Materials brought</source>
        <translation>补交材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_actions.py" line="51" />
        <source>Tick what the applicant brought today:</source>
        <translation>勾选申请人今天带来的材料：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_actions.py" line="74" />
        <source>Hand the case over (AB岗)</source>
        <translation>转交办件（AB岗）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_actions.py" line="80" />
        <source>e.g. annual leave; B post takes over</source>
        <translation>如：A岗年休假，由B岗顶岗</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_actions.py" line="82" />
        <source>Colleague</source>
        <translation>接手同事</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_actions.py" line="83" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_actions.py" line="92" />
        <source>Who carries the file (帮办代办)</source>
        <translation>代办人（帮办代办）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_actions.py" line="95" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_actions.py" line="96" />
        <source>Identity document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_actions.py" line="97" />
        <source>Relation</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_actions.py" line="98" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="150" />
        <source>Choose a case in the register.</source>
        <translation>请在左侧登记簿中选择案件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="155" />
        <source>Print documents…</source>
        <translation>打印文书…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="165" />
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="165" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="166" />
        <source>Records</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="166" />
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="167" />
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="167" />
        <source>Case file</source>
        <translation>卷宗</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="84" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="85" />
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="86" />
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="87" />
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="88" />
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="89" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="92" />
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="93" />
        <source>Original / copy</source>
        <translation>原件/复印件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="94" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="95" />
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="95" />
        <source>yes, 容缺</source>
        <translation>是，可容缺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="96" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="96" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="97" />
        <source>Received</source>
        <translation>收取时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="97" />
        <source>missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="100" />
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="100" />
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="120" />
        <source>Case {0}</source>
        <translation>办件 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="124" />
        <source>not running</source>
        <translation>未计时</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="129" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="130" />
        <source>Time limits</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="130" />
        <source>promised {0}, statutory {1}</source>
        <translation>承诺 {0}，法定 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="132" />
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="133" />
        <source>First responsible clerk / now with</source>
        <translation>首问负责人 / 当前承办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="135" />
        <source>Missing materials due</source>
        <translation>补正材料期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="137" />
        <source>{0} (承诺书): {1}</source>
        <translation>{0}（承诺书）：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="140" />
        <source>容缺 materials due</source>
        <translation>容缺材料补交期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="142" />
        <source>容缺</source>
        <translation>容缺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="142" />
        <source>closed: every 容缺 material is in</source>
        <translation>已办结：容缺材料均已补齐</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="145" />
        <source>Proxy (帮办代办)</source>
        <translation>代办人（帮办代办）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="147" />
        <source>envelope in: {0}, back: {1}</source>
        <translation>材料袋递交：{0}，结果袋交回：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="150" />
        <source>Clock</source>
        <translation>计时</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="150" />
        <source>paused since {0}: the time is not counted</source>
        <translation>自 {0} 起暂停，所需时间不计入办理期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="153" />
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="153" />
        <source>from {0}, approved by {1}: {2}</source>
        <translation>原期限 {0}，{1} 批准：{2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="159" />
        <source>Supervision (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="161" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="163" />
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="180" />
        <source>Materials brought…</source>
        <translation>补交材料…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="181" />
        <source>容缺 materials brought…</source>
        <translation>补交容缺材料…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="182" />
        <source>Print 承诺书</source>
        <translation>打印承诺书</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="183" />
        <source>Start processing</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="184" />
        <source>Complete…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="185" />
        <source>Deliver…</source>
        <translation>送达…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="186" />
        <source>Hand over (AB岗)…</source>
        <translation>转交（AB岗）…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="187" />
        <source>Proxy…</source>
        <translation>代办人…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="188" />
        <source>Envelope in</source>
        <translation>材料袋递交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="190" />
        <source>Envelope back</source>
        <translation>结果袋交回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="193" />
        <source>Extend deadline…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="196" />
        <source>Pause the clock…</source>
        <translation>暂停计时…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="197" />
        <source>Resume the clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="198" />
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="199" />
        <source>Print receipt / notice</source>
        <translation>打印回执/告知书</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="200" />
        <source>Show full ID</source>
        <translation>查看完整证件号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="201" />
        <source>Show full phone</source>
        <translation>显示完整电话</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="246" />
        <source>Complete the case</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="246" />
        <source>Result (what was decided or issued):</source>
        <translation>办理结果（作出的决定或出具的证件）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="252" />
        <source>Deliver the result</source>
        <translation>送达结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="252" />
        <source>How was it delivered?</source>
        <translation>送达方式：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="258" />
        <source>Withdraw the application</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="258" />
        <source>Why is it withdrawn?</source>
        <translation>撤回原因：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="318" />
        <source>Full ID number</source>
        <translation>完整证件号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="319" />
        <location filename="../../desk/ui/intake/case_detail.py" line="329" />
        <source>Shown to you and written to the audit log:</source>
        <translation>已向您显示，并已记入审计日志：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_detail.py" line="328" />
        <source>Full phone number</source>
        <translation>完整电话号码</translation>
    </message>
</context>
<context>
    <name>CaseFields</name>
    <message>
        <location filename="../../desk/ui/mediation/case_fields.py" line="23" />
        <source>window number or grid worker, if referred</source>
        <translation>移交的窗口号或网格员（如有）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_fields.py" line="27" />
        <source>e.g. 楼上漏水纠纷</source>
        <translation>如：楼上漏水纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_fields.py" line="34" />
        <source>(assign later)</source>
        <translation>（稍后指定）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_fields.py" line="40" />
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_fields.py" line="41" />
        <source>Referred by</source>
        <translation>移交方</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_fields.py" line="42" />
        <source>Type of dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_fields.py" line="43" />
        <source>Dispute name</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_fields.py" line="44" />
        <source>Brief facts</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_fields.py" line="45" />
        <source>Requests</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_fields.py" line="46" />
        <source>Mediator</source>
        <translation>人民调解员</translation>
    </message>
</context>
<context>
    <name>CaseFileTab</name>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="168" />
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="169" />
        <source>Document</source>
        <translation>文书名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="170" />
        <source>Required</source>
        <translation>是否必须</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="170" />
        <source>required</source>
        <translation>必须</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="170" />
        <source>as needed</source>
        <translation>按需</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="171" />
        <source>In the file</source>
        <translation>是否在卷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="171" />
        <source>MISSING</source>
        <translation>缺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="172" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="173" />
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="174" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="182" />
        <source>In the file / not in the file…</source>
        <translation>标记在卷 / 不在卷…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="184" />
        <source>Print cover and contents…</source>
        <translation>打印卷宗封面和卷内目录…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="202" />
        <source>Missing required documents: {0}</source>
        <translation>尚缺必须归档的材料：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="203" />
        <source>All required documents are in the file.</source>
        <translation>必须归档的材料已齐全。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="210" />
        <source>Pages in the file (0 = not in the file):</source>
        <translation>在卷页数（0 表示不在卷）：</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <location filename="../../desk/services/intake/common.py" line="38" />
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/common.py" line="39" />
        <source>waiting for materials</source>
        <translation>待补正材料</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/common.py" line="40" />
        <source>in progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/common.py" line="41" />
        <source>completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/common.py" line="42" />
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/common.py" line="43" />
        <source>refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/common.py" line="44" />
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="45" />
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="51" />
        <source>Open cases</source>
        <translation>未办结的办件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="52" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="57" />
        <source>Any deadline</source>
        <translation>全部期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="57" />
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="58" />
        <source>Due within 2 working days</source>
        <translation>2个工作日内到期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="59" />
        <source>Deadline unknown (calendar missing)</source>
        <translation>期限未知（缺少日历）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="60" />
        <source>Clock paused (time not counted)</source>
        <translation>暂停计时（不计入期限）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="61" />
        <source>容缺 materials to come</source>
        <translation>容缺材料待补交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="62" />
        <source>容缺 materials overdue</source>
        <translation>容缺材料逾期未补</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="69" />
        <source>All items</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="74" />
        <source>Receipt number or applicant name</source>
        <translation>受理编号或申请人姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="78" />
        <source>Everyone's cases</source>
        <translation>所有人的办件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="79" />
        <source>My cases</source>
        <translation>我的办件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="87" />
        <source>Receipt no.</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="88" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="89" />
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="91" />
        <source>Time</source>
        <translation>时效</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="92" />
        <source>容缺 due</source>
        <translation>容缺补交期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="94" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="95" />
        <source>ID</source>
        <translation>证件号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="96" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="97" />
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="98" />
        <source>Handled by</source>
        <translation>承办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="115" />
        <source>Open case…</source>
        <translation>打开办件…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="137" />
        <source>{0} cases shown; {1} overdue, {2} due within 2 working days; {3} with 容缺 materials overdue.</source>
        <translation>显示 {0} 件；逾期 {1} 件，2 个工作日内到期 {2} 件；容缺材料逾期未补 {3} 件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/case_list.py" line="139" />
        <source>{0} paused (time not counted).</source>
        <translation>另有 {0} 件暂停计时（不计入期限）。</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="36" />
        <source>Service catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="41" />
        <source>Name, code or pinyin initials</source>
        <translation>名称、编码或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="43" />
        <source>Show retired items</source>
        <translation>显示已停办事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="49" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="50" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="51" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="52" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="53" />
        <source>Promised</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="54" />
        <source>Statutory</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="56" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="57" />
        <source>Materials</source>
        <translation>材料数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="58" />
        <source>Offered</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="58" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="58" />
        <source>retired</source>
        <translation>已停办</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="66" />
        <source>New item…</source>
        <translation>新增事项…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="66" />
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="67" />
        <source>Retire / offer again</source>
        <translation>停办/恢复办理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="67" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="68" />
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="69" />
        <source>Export to JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="115" />
        <source>Export the catalogue</source>
        <translation>导出事项目录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="126" />
        <source>Exported to {0}.</source>
        <translation>已导出到 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="129" />
        <source>Import a catalogue</source>
        <translation>导入事项目录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="129" />
        <source>Catalogue (*.xlsx *.json)</source>
        <translation>事项目录 (*.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="135" />
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/catalogue_page.py" line="141" />
        <source>{0} items imported from {1}.</source>
        <translation>已从 {1} 导入 {0} 个事项。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desk/ui/password_dialog.py" line="17" />
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/password_dialog.py" line="20" />
        <source>Your password was set by someone else. Choose your own now.</source>
        <translation>您的密码由他人设置，请现在设置您自己的密码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/password_dialog.py" line="27" />
        <source>New password (10+ characters)</source>
        <translation>新密码（至少 10 位）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/password_dialog.py" line="28" />
        <source>Repeat it</source>
        <translation>再输入一次</translation>
    </message>
</context>
<context>
    <name>ClockCause</name>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="42" />
        <source>hearing (听证)</source>
        <translation>听证</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="43" />
        <source>inspection (检验)</source>
        <translation>检验</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="44" />
        <source>testing (检测)</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="45" />
        <source>appraisal (鉴定)</source>
        <translation>鉴定</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="46" />
        <source>expert review (专家评审)</source>
        <translation>专家评审</translation>
    </message>
</context>
<context>
    <name>ClockDialogs</name>
    <message>
        <location filename="../../desk/ui/intake/clock_dialogs.py" line="45" />
        <source>Extend the deadline (行政许可法 Art. 42)</source>
        <translation>延长办理期限（行政许可法第四十二条）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/clock_dialogs.py" line="49" />
        <source>Present deadline</source>
        <translation>现办结期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/clock_dialogs.py" line="52" />
        <source>New deadline</source>
        <translation>延长后办结期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/clock_dialogs.py" line="55" />
        <source>Why the decision cannot be made in time (printed on the notice)</source>
        <translation>不能按期作出决定的理由（印在延期通知书上）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/clock_dialogs.py" line="57" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/clock_dialogs.py" line="58" />
        <source>At most 10 more working days, once. The applicant gets a 延期通知书.</source>
        <translation>最多延长 10 个工作日，仅限一次。申请人将收到延期通知书。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/clock_dialogs.py" line="73" />
        <source>Time not counted (行政许可法 Art. 45)</source>
        <translation>不计算办理期限的时间（行政许可法第四十五条）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/clock_dialogs.py" line="80" />
        <source>Needed</source>
        <translation>需要进行</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/clock_dialogs.py" line="83" />
        <source>e.g. samples sent to the testing institute</source>
        <translation>例如：样品已送检测机构</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/clock_dialogs.py" line="85" />
        <source>Details</source>
        <translation>具体情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/clock_dialogs.py" line="86" />
        <source>Expected to end on</source>
        <translation>预计结束日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/clock_dialogs.py" line="92" />
        <source>The clock stops today; the applicant gets a written notice (告知书). Resume it when the procedure is over: the deadline moves by the days paused.</source>
        <translation>自今日起停止计算期限，申请人将收到书面告知书。程序结束后请恢复计时，办结期限按暂停的天数顺延。</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="43" />
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="49" />
        <source>If not settled or terminated: why, and which other ways (court, arbitration, administrative handling) the parties were told about.</source>
        <translation>调解不成或终止调解的：写明原因，以及已告知当事人的其他解决途径（诉讼、仲裁、行政处理）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="51" />
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="52" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Consultation</name>
    <message>
        <location filename="../../desk/services/intake/consultations.py" line="23" />
        <source>walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/consultations.py" line="24" />
        <source>hotline</source>
        <translation>热线</translation>
    </message>
</context>
<context>
    <name>ConsultationsPage</name>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="44" />
        <source>Consultations</source>
        <translation>咨询登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="47" />
        <source>Log a question (Ctrl+S saves)</source>
        <translation>登记咨询（Ctrl+S 保存）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="54" />
        <source>e.g. 居住证办理条件</source>
        <translation>如：居住证办理条件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="56" />
        <source>(no particular item)</source>
        <translation>（不涉及具体事项）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="66" />
        <source>Caller's name (optional)</source>
        <translation>咨询人姓名（可不填）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="68" />
        <source>Phone (optional)</source>
        <translation>电话（可不填）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="71" />
        <location filename="../../desk/ui/intake/consultations_page.py" line="99" />
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="72" />
        <location filename="../../desk/ui/intake/consultations_page.py" line="100" />
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="73" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="74" />
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="75" />
        <source>Answer given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="76" />
        <source>Caller</source>
        <translation>咨询人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="81" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="88" />
        <source>Search topic, question or answer</source>
        <translation>搜索主题、问题或答复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="91" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="91" />
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="91" />
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="98" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="101" />
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="102" />
        <source>Answered by</source>
        <translation>答复人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/consultations_page.py" line="128" />
        <source>{0} consultations: {1} walk-in, {2} hotline.</source>
        <translation>咨询 {0} 次：来访 {1} 次，热线 {2} 次。</translation>
    </message>
</context>
<context>
    <name>CorrectionsView</name>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="123" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="124" />
        <source>Table</source>
        <translation>统计表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="125" />
        <source>Row</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="126" />
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="126" />
        <source> (min)</source>
        <translation>（分）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="127" />
        <source>When closed</source>
        <translation>关账时</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="128" />
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="136" />
        <source>No day shown here is closed yet; corrections appear once a day is closed and its records change afterwards.</source>
        <translation>所示日期均未关账；关账后如记录有变动，更正会列在这里。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="139" />
        <source>{0} figures changed after the day was closed. The log keeps the frozen figures; these are the values the records give now.</source>
        <translation>关账后有 {0} 个数字发生变动。日志保留关账时冻结的数字，这里列出按现有记录重新计算的数值。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="142" />
        <source>Nothing has changed since the day was closed.</source>
        <translation>关账后记录没有变动。</translation>
    </message>
</context>
<context>
    <name>CoverDialog</name>
    <message>
        <location filename="../../desk/ui/mediation/print_forms.py" line="41" />
        <source>Case file cover</source>
        <translation>卷宗封面</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/print_forms.py" line="47" />
        <source>These documents must be archived and are not in the file yet:
{0}

The contents list will mark each of them "必须归档，尚缺". Cancel to complete the file first, or print anyway.</source>
        <translation>以下材料必须归档，卷内尚缺：
{0}

卷内目录将在这些材料的备注栏标注“必须归档，尚缺”。可以取消，先补齐材料；也可以仍然打印。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/print_forms.py" line="52" />
        <source>All required documents are in the file.</source>
        <translation>必须归档的材料已齐全。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/print_forms.py" line="56" />
        <source>Retention period</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/print_forms.py" line="58" />
        <source>Print anyway</source>
        <translation>仍然打印</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/print_forms.py" line="58" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>DailyLogPage</name>
    <message>
        <location filename="../../desk/ui/report/page.py" line="58" />
        <source>Daily log</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="70" />
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="86" />
        <source>Range to</source>
        <translation>统计到</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="89" />
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="92" />
        <source>Close the day…</source>
        <translation>关账…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="95" />
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="97" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="99" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="111" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="149" />
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="172" />
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="183" />
        <source>Closed by {0} at {1}</source>
        <translation>已由 {0} 于 {1} 关账</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="188" />
        <source>Open</source>
        <translation>未关账</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="189" />
        <source>{0} of {1} days closed</source>
        <translation>{1} 天中已关账 {0} 天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="200" />
        <source>Corrections ({0})</source>
        <translation>更正（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="202" />
        <source>Notes ({0})</source>
        <translation>备注（{0}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="207" />
        <source>&lt;b&gt;Tickets&lt;/b&gt; {0} issued, {1} served, {2} no-show · &lt;b&gt;wait&lt;/b&gt; {3} min on average, 90% within {4} min · &lt;b&gt;cases&lt;/b&gt; {5} registered, {6} completed, {7} overdue, {8} due soon · &lt;b&gt;mediations&lt;/b&gt; {9} registered, {10} succeeded</source>
        <translation>&lt;b&gt;叫号&lt;/b&gt; 取号 {0}，办结 {1}，过号 {2} · &lt;b&gt;等候&lt;/b&gt; 平均 {3} 分钟，90% 不超过 {4} 分钟 · &lt;b&gt;办件&lt;/b&gt; 登记 {5}，办结 {6}，逾期 {7}，临期 {8} · &lt;b&gt;调解&lt;/b&gt; 登记 {9}，成功 {10}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="216" />
        <source>{0} figures changed after the day was closed — see Corrections.</source>
        <translation>关账后有 {0} 个数字变动，见“更正”。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="225" />
        <source>Close the day</source>
        <translation>关账</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="226" />
        <source>Close the log of {0}? Its figures and notes are frozen and signed in your name; later changes to that day's records will be listed as corrections.</source>
        <translation>确定关闭 {0} 的日志吗？当日数字和备注将被冻结并以您的名义签名；此后对当日记录的改动将作为更正列出。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="241" />
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="241" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="242" />
        <source>Export the daily log</source>
        <translation>导出工作日志</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="262" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="263" />
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
</context>
<context>
    <name>DecisionBanner</name>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="29" />
        <source>Print again (Ctrl+P)</source>
        <translation>补打（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="31" />
        <source>Print the receipt or notice again, marked 补打 (Ctrl+P)</source>
        <translation>再次打印受理回执或告知书，标注“补打”（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="32" />
        <source>Rate…</source>
        <translation>评价…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="33" />
        <source>Let the citizen rate this visit</source>
        <translation>请群众评价本次服务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="34" />
        <source>Next applicant (Ctrl+N)</source>
        <translation>下一位（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="36" />
        <source>Clear the screen for the next applicant (Ctrl+N)</source>
        <translation>清空界面，接待下一位（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="46" />
        <source>Materials missing: one-time notice issued under {0}; the applicant brings them by {1}.</source>
        <translation>材料不齐：已出具一次性告知书，编号 {0}；申请人须于 {1} 前补齐材料。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="49" />
        <source>Refused: the refusal notice was issued under {0}.</source>
        <translation>不予受理：已出具不予受理通知书，编号 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="52" />
        <source>Accepted with 容缺: receipt number {0}; deadline {1}; the 容缺 materials by {2}. The applicant signs the 承诺书.</source>
        <translation>已容缺受理：受理编号 {0}；办结期限 {1}；容缺材料须于 {2} 前补交。请申请人签署承诺书。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="56" />
        <source>Accepted and completed on the spot: receipt number {0}.</source>
        <translation>已受理并当场办结，受理号 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="51" />
        <location filename="../../desk/ui/intake/decision_banner.py" line="58" />
        <source>no fixed limit</source>
        <translation>无固定时限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="59" />
        <source>Accepted: receipt number {0}; deadline {1}.</source>
        <translation>已受理，受理号 {0}，办结期限 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/decision_banner.py" line="60" />
        <source>{0} · {1}. This visit is decided; press Ctrl+N for the next applicant.</source>
        <translation>{0} · {1}。本次接待已作出决定，按 Ctrl+N 接待下一位。</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../desk/cli/database.py" line="64" />
        <source>This database is on a PostgreSQL server: back it up with pg_dump and restore it with pg_restore (or your server's own backup tools).</source>
        <translation>此数据库位于 PostgreSQL 服务器上：请用 pg_dump 备份、用 pg_restore 恢复（或使用服务器自带的备份工具）。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/database.py" line="81" />
        <source>There is no database at {path} yet; start Grid Desk or run migrate first.</source>
        <translation>{path} 处还没有数据库；请先启动网格工作站前台或运行 migrate。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/database.py" line="105" />
        <source>There is no backup in {folder}. Run: python main.py backup</source>
        <translation>{folder} 中没有备份。请运行：python main.py backup</translation>
    </message>
    <message>
        <location filename="../../desk/store/inuse.py" line="61" />
        <source>The database {path} is being restored from a backup. Wait until the restore has finished, then start Grid Desk again.</source>
        <translation>数据库 {path} 正在从备份恢复。请等待恢复完成后再启动网格工作站前台。</translation>
    </message>
    <message>
        <location filename="../../desk/store/inuse.py" line="109" />
        <source>Grid Desk is running on this database. Close every Grid Desk window that uses {path}, then restore again.</source>
        <translation>网格工作站前台正在使用此数据库。请关闭所有使用 {path} 的程序窗口后再恢复。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/demo.py" line="31" />
        <source>This database already has users, so no demo data was added (it would mix with real records). Give an empty one, e.g. --db sqlite:///demo.sqlite3.</source>
        <translation>此数据库已有用户，未添加演示数据（否则会与真实记录混在一起）。请指定一个空数据库，例如 --db sqlite:///demo.sqlite3。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="22" />
        <source>An ID number contains only digits, and only its last character may be X. Remove the other characters and check the number against the ID card.</source>
        <translation>身份证号码只含数字，仅最后一位可以是 X。请删去其他字符，并对照身份证核对号码。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="27" />
        <source>This looks like an old 15-digit ID number. Ask for the 18-digit number on the current ID card.</source>
        <translation>这像是旧的 15 位身份证号码。请索取现行身份证上的 18 位号码。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="31" />
        <source>An ID number has 18 characters, but {count} were entered. Check the number against the ID card.</source>
        <translation>身份证号码应为 18 位，但输入了 {count} 位。请对照身份证核对号码。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="35" />
        <source>The first six digits of the ID number are not a region code. Check them against the ID card.</source>
        <translation>身份证号码前六位不是有效的地区代码。请对照身份证核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="39" />
        <source>Digits 7 to 14 of the ID number are not a real birth date (year, month, day). Check them against the ID card.</source>
        <translation>身份证号码第 7 至 14 位不是有效的出生日期（年、月、日）。请对照身份证核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="44" />
        <source>The birth date in the ID number (digits 7 to 14) is later than today. Check them against the ID card.</source>
        <translation>身份证号码中的出生日期（第 7 至 14 位）晚于今天。请对照身份证核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="48" />
        <source>The birth date in the ID number (digits 7 to 14) is before 1900. Check them against the ID card.</source>
        <translation>身份证号码中的出生日期（第 7 至 14 位）早于 1900 年。请对照身份证核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="52" />
        <source>The last character of the ID number does not match the other digits, so one of them is wrong. Check every digit against the ID card.</source>
        <translation>身份证号码的校验位与其他数字不符，说明有一位输错了。请对照身份证逐位核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="210" />
        <source>A unified social credit code has 18 characters, but {count} were entered. Check it against the business licence or registration certificate.</source>
        <translation>统一社会信用代码应为 18 位，但输入了 {count} 位。请对照营业执照或登记证书核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="215" />
        <source>A unified social credit code never contains “{char}”: it uses digits and capital letters except I, O, S, V and Z. Check that character against the licence (O is usually a zero).</source>
        <translation>统一社会信用代码中不会出现“{char}”：它只使用数字和除 I、O、S、V、Z 以外的大写字母。请对照证照核对该字符（O 通常应为数字 0）。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="220" />
        <source>The first character of a unified social credit code is 1 to 9, A, N or Y. Check it against the licence.</source>
        <translation>统一社会信用代码的第一位应为 1 至 9、A、N 或 Y。请对照证照核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="224" />
        <source>Characters 3 to 8 of a unified social credit code are a region code and must be digits. Check them against the licence.</source>
        <translation>统一社会信用代码第 3 至 8 位是行政区划代码，必须为数字。请对照证照核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="229" />
        <source>The last character of the unified social credit code does not match the others, so one of them is wrong. Check every character against the licence.</source>
        <translation>统一社会信用代码的校验位与其他字符不符，说明有一位输错了。请对照证照逐位核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="261" />
        <source>Enter an 11-digit mobile number (such as 13812345678), a landline with its area code (such as 021-12345678), or a service number such as 12345.</source>
        <translation>请输入 11 位手机号码（如 13812345678）、带区号的固定电话（如 021-12345678），或 12345 等服务号码。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="266" />
        <source>A mobile number has 11 digits, but {count} were entered. Check the number with the caller.</source>
        <translation>手机号码应为 11 位，但输入了 {count} 位。请与来电人核对号码。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="270" />
        <source>Put the area code in front of the landline number (such as 021-12345678).</source>
        <translation>请在固定电话号码前加上区号（如 021-12345678）。</translation>
    </message>
    <message>
        <location filename="../../desk/core/idnumbers.py" line="274" />
        <source>Only a landline can have an extension. Remove the extension or enter the landline with its area code.</source>
        <translation>只有固定电话才有分机号。请删去分机号，或输入带区号的固定电话。</translation>
    </message>
    <message>
        <location filename="../../desk/core/text.py" line="23" />
        <source>Fill in {label}; it cannot be left blank.</source>
        <translation>请填写{label}，此项不能为空。</translation>
    </message>
    <message>
        <location filename="../../desk/core/text.py" line="24" />
        <source>{label} can be at most {max_length} characters long, but it has {length}. Shorten it.</source>
        <translation>{label}最多 {max_length} 个字符，现有 {length} 个，请缩短。</translation>
    </message>
    <message>
        <location filename="../../desk/core/text.py" line="28" />
        <source>{label} contains an invisible control character ({codepoint}) at position {position}. Delete the text around that position and type it again.</source>
        <translation>{label}的第 {position} 个字符处有不可见的控制字符（{codepoint}）。请删除该处附近的文字后重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/core/text.py" line="33" />
        <source>{label} contains “{char}” ({codepoint}), which cannot be printed on a form. Remove it or write it out in words.</source>
        <translation>{label}中含有无法打印在表格上的“{char}”（{codepoint}）。请删除，或改用文字表述。</translation>
    </message>
    <message>
        <location filename="../../desk/core/workdays.py" line="35" />
        <source>The working-day calendar has no data for {year}. Ask the station manager to enter the official holiday arrangement for {year}; until then deadlines that reach {year} cannot be worked out.</source>
        <translation>工作日历中没有 {year} 年的数据。请站长录入 {year} 年的官方节假日安排；在此之前，涉及 {year} 年的办理时限无法计算。</translation>
    </message>
    <message>
        <location filename="../../desk/core/workdays.py" line="40" />
        <source>The calendar for {year} has an entry “{value}” that is not a date of {year} (YYYY-MM-DD). Correct it in the working-day calendar.</source>
        <translation>{year} 年的日历中有一项“{value}”不是 {year} 年的日期（YYYY-MM-DD）。请在工作日历中更正。</translation>
    </message>
    <message>
        <location filename="../../desk/services/context.py" line="59" />
        <source>Your role ({role}) may not do this ({permission}). Ask the station manager to do it or to change your role.</source>
        <translation>您的角色（{role}）无权执行此操作（{permission}）。请由站长办理，或请站长调整您的角色。</translation>
    </message>
    <message>
        <location filename="../../desk/services/passwords.py" line="45" />
        <source>The password contains an invisible control character; type it again with letters, digits and punctuation only.</source>
        <translation>密码中含有不可见的控制字符，请只用字母、数字和标点重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/services/passwords.py" line="49" />
        <source>The password cannot be only spaces; choose a real one.</source>
        <translation>密码不能全是空格，请另设一个真正的密码。</translation>
    </message>
    <message>
        <location filename="../../desk/services/passwords.py" line="52" />
        <source>The password must have at least {n} characters; choose a longer one.</source>
        <translation>密码至少需要 {n} 个字符，请设置更长的密码。</translation>
    </message>
    <message>
        <location filename="../../desk/services/passwords.py" line="57" />
        <source>The password may have at most {n} characters; choose a shorter one.</source>
        <translation>密码最多 {n} 个字符，请设置较短的密码。</translation>
    </message>
    <message>
        <location filename="../../desk/services/passwords.py" line="61" />
        <source>The password repeats too few different characters; mix at least {n} different ones.</source>
        <translation>密码中不同的字符太少，请至少混用 {n} 个不同的字符。</translation>
    </message>
    <message>
        <location filename="../../desk/services/passwords.py" line="65" />
        <source>The password must not be the user name; choose another.</source>
        <translation>密码不能与用户名相同，请另设密码。</translation>
    </message>
    <message>
        <location filename="../../desk/services/passwords.py" line="67" />
        <source>This password is on the list of the most common passwords, which are guessed first; choose another.</source>
        <translation>此密码属于最常见的密码，最先被人猜中，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../desk/services/backups.py" line="44" />
        <source>The backup's audit trail is broken ({problem}); do not restore it. Choose another backup.</source>
        <translation>该备份的审计链已损坏（{problem}），请勿恢复它。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../desk/services/backups.py" line="76" />
        <source>A PostgreSQL database is backed up with the server's own tools (pg_dump), not here.</source>
        <translation>PostgreSQL 数据库请用服务器自带的工具（pg_dump）备份，不在这里备份。</translation>
    </message>
    <message>
        <location filename="../../desk/services/backups.py" line="120" />
        <source>The second backup folder {folder} cannot be reached. Connect the USB disk or network share.</source>
        <translation>无法访问第二备份文件夹 {folder}。请连接 U 盘/移动硬盘或网络共享。</translation>
    </message>
    <message>
        <location filename="../../desk/services/backups.py" line="111" />
        <source>There is no backup of this database yet. Press “Back up now”.</source>
        <translation>本数据库还没有任何备份。请按“立即备份”。</translation>
    </message>
    <message>
        <location filename="../../desk/services/backups.py" line="114" />
        <source>The last backup is more than {days} days old. Press “Back up now”.</source>
        <translation>最近一次备份已超过 {days} 天。请按“立即备份”。</translation>
    </message>
    <message>
        <location filename="../../desk/services/backups.py" line="125" />
        <source>The last backup was not copied to the second backup folder {folder}. Connect it, then press “Back up now”.</source>
        <translation>最近一次备份没有复制到第二备份文件夹 {folder}。请连接该文件夹后按“立即备份”。</translation>
    </message>
    <message>
        <location filename="../../desk/services/backups.py" line="140" />
        <source>The {label} may be at most {limit} characters long; shorten it.</source>
        <translation>{label}最多 {limit} 个字符，请缩短。</translation>
    </message>
    <message>
        <location filename="../../desk/services/backups.py" line="146" />
        <source>Give the second backup folder as a full path, e.g. /media/usb/backups.</source>
        <translation>请填写第二备份文件夹的完整路径，例如 /media/usb/backups。</translation>
    </message>
    <message>
        <location filename="../../desk/services/backups.py" line="150" />
        <source>The folder {folder} does not exist or cannot be written. Connect the disk or share and create the folder first.</source>
        <translation>文件夹 {folder} 不存在或无法写入。请先连接磁盘或网络共享并创建该文件夹。</translation>
    </message>
    <message>
        <location filename="../../desk/services/backups.py" line="160" />
        <source>The second backup folder must be on another disk or share, not beside the database. Choose another folder.</source>
        <translation>第二备份文件夹必须位于另一块磁盘或网络共享上，不能放在数据库旁边。请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../desk/services/users.py" line="55" />
        <source>The user name must be 2 to 40 characters: lowercase letters, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation>用户名须为 2 至 40 个字符：小写字母、数字、点、连字符或下划线，并以字母或数字开头。</translation>
    </message>
    <message>
        <location filename="../../desk/services/users.py" line="67" />
        <source>Enter the person's name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/users.py" line="82" />
        <source>Unknown role "{role}". Choose clerk, mediator, manager or admin.</source>
        <translation>未知角色“{role}”。请选择 clerk、mediator、manager 或 admin。</translation>
    </message>
    <message>
        <location filename="../../desk/services/users.py" line="91" />
        <source>Only an administrator may give the role {role}.</source>
        <translation>只有系统管理员可以授予“{role}”角色。</translation>
    </message>
    <message>
        <location filename="../../desk/services/users.py" line="110" />
        <source>An administrator already exists; sign in instead.</source>
        <translation>系统管理员已存在，请直接登录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/users.py" line="135" />
        <source>The user name {username} is taken; choose another.</source>
        <translation>用户名 {username} 已被使用，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../desk/services/users.py" line="152" />
        <source>There is no user named {username}. Check the spelling.</source>
        <translation>没有名为 {username} 的用户。请检查拼写。</translation>
    </message>
    <message>
        <location filename="../../desk/services/users.py" line="194" />
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账号。</translation>
    </message>
    <message>
        <location filename="../../desk/services/windows.py" line="25" />
        <source>Window {number} is serving or has been sent ticket {ticket} right now. Finish or transfer it, then retire the window.</source>
        <translation>{number} 号窗口正在办理或被转入 {ticket} 号。请先办结或转移该号，再停用窗口。</translation>
    </message>
    <message>
        <location filename="../../desk/services/windows.py" line="28" />
        <source>Window {number} has served tickets, which keep its name in the records. Retire it instead of deleting it.</source>
        <translation>{number} 号窗口已办理过业务，记录中保留其名称，不能删除。请改为停用。</translation>
    </message>
    <message>
        <location filename="../../desk/services/windows.py" line="47" />
        <source>A window number is 1 to 99.</source>
        <translation>窗口号须为 1 至 99。</translation>
    </message>
    <message>
        <location filename="../../desk/services/windows.py" line="68" />
        <source>Window {number} exists already; choose another number.</source>
        <translation>{number} 号窗口已存在，请选择其他编号。</translation>
    </message>
    <message>
        <location filename="../../desk/services/windows.py" line="24" />
        <source>There is no window {number}.</source>
        <translation>没有 {number} 号窗口。</translation>
    </message>
    <message>
        <location filename="../../desk/store/restore.py" line="42" />
        <source>The backup file {path} does not exist. Give the path of a .sqlite3 backup.</source>
        <translation>备份文件 {path} 不存在。请给出 .sqlite3 备份文件的路径。</translation>
    </message>
    <message>
        <location filename="../../desk/store/restore.py" line="54" />
        <source>{path} is not a Grid Desk database ({reason}). Choose another backup.</source>
        <translation>{path} 不是网格工作站前台的数据库（{reason}）。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../desk/store/restore.py" line="60" />
        <source>The backup {path} is damaged (integrity check failed). Choose another backup.</source>
        <translation>备份 {path} 已损坏（完整性检查未通过）。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../desk/store/restore.py" line="65" />
        <source>{path} is not a Grid Desk database. Choose a backup made by Grid Desk.</source>
        <translation>{path} 不是网格工作站前台的数据库。请选择由本程序生成的备份。</translation>
    </message>
    <message>
        <location filename="../../desk/store/restore.py" line="129" />
        <source>Another program has the database {path} open ({reason}). Close it, then restore again.</source>
        <translation>另一个程序正在使用数据库 {path}（{reason}）。请关闭该程序后再恢复。</translation>
    </message>
    <message>
        <location filename="../../desk/store/engine.py" line="54" />
        <source>The connection to the database server was lost just as this was being saved, and it could not be checked whether it was saved. When the server is back, look for it in the list before you enter it again.</source>
        <translation>保存时与数据库服务器的连接中断，无法确认是否已保存。请待服务器恢复后，先在列表中查找这条记录，再决定是否重新录入。</translation>
    </message>
    <message>
        <location filename="../../desk/store/engine.py" line="67" />
        <source>The database address "{url}" is not valid. Use sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host:5432/dbname.</source>
        <translation>数据库地址“{url}”无效。请使用 sqlite:///路径/文件.sqlite3 或 postgresql+psycopg://用户@主机:5432/数据库名。</translation>
    </message>
    <message>
        <location filename="../../desk/store/engine.py" line="79" />
        <source>Grid Desk works with SQLite or PostgreSQL, not "{backend}". Use sqlite:///... or postgresql+psycopg://....</source>
        <translation>网格工作站前台支持 SQLite 和 PostgreSQL，不支持“{backend}”。请使用 sqlite:///... 或 postgresql+psycopg://...。</translation>
    </message>
    <message>
        <location filename="../../desk/store/engine.py" line="106" />
        <source>The data folder {folder} cannot be written ({reason}). Fix its permissions, or choose another database file with --db sqlite:///path/to/file.sqlite3.</source>
        <translation>数据文件夹 {folder} 无法写入（{reason}）。请修正其权限，或用 --db sqlite:///路径/文件.sqlite3 另选数据库文件。</translation>
    </message>
    <message>
        <location filename="../../desk/store/engine.py" line="134" />
        <source>The PostgreSQL driver is missing. Reinstall Grid Desk (pip install .).</source>
        <translation>缺少 PostgreSQL 驱动。请重新安装本程序（pip install .）。</translation>
    </message>
    <message>
        <location filename="../../desk/store/engine.py" line="224" />
        <source>Cannot open the database {url}: {reason}. Check that the server is running and the address, user and database name are right.</source>
        <translation>无法打开数据库 {url}：{reason}。请确认服务器正在运行，且地址、用户名和数据库名正确。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/password_dialog.py" line="39" />
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/registry.py" line="159" />
        <source>This version of Grid Desk cannot draw documents of the kind "{kind}" again. The original as issued can still be opened and printed from "Preview original"; ask the administrator to update Grid Desk on this computer for reprints.</source>
        <translation>此版本的网格工作站无法重新生成“{kind}”类文书。原件仍可通过“查看原件”打开并打印；如需补打，请联系管理员更新本机的网格工作站。</translation>
    </message>
    <message>
        <location filename="../../desk/services/issued_documents.py" line="146" />
        <source>Document {id} was not found. Search the issued documents again; it may belong to another station.</source>
        <translation>未找到编号为 {id} 的文书。请重新查询已出具文书；该文书可能属于其他站点。</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="53" />
        <source>Enter {label} as hours and minutes, such as 08:30.</source>
        <translation>请按“时:分”填写{label}，如 08:30。</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="54" />
        <source>The case number format must contain {{year}} and {{serial}} (and may contain {{abbr}}), for example （{{year}}）{{abbr}}人调字第{{serial}}号.</source>
        <translation>案号格式必须包含 {{year}} 和 {{serial}}（可包含 {{abbr}}），如：（{{year}}）{{abbr}}人调字第{{serial}}号。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="43" />
        <source>Choose a written agreement or an oral agreement.</source>
        <translation>请选择书面协议或口头协议。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="44" />
        <source>Write at least one agreed term.</source>
        <translation>请至少填写一条协议内容。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="45" />
        <source>Term {n} is empty. Write it or remove it.</source>
        <translation>第 {n} 条协议内容为空，请填写或删除。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="46" />
        <source>The agreement is signed and in effect since {day}; it can no longer be changed. If the parties agree to change it, record a new mediation.</source>
        <translation>协议已签署，自 {day} 起生效，不能再修改。当事人同意变更的，请重新调解。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="49" />
        <source>Case {number} has no agreement yet. Draft it first.</source>
        <translation>案件 {number} 还没有调解协议，请先起草。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="50" />
        <source>The agreement takes effect only when every party has signed, sealed or pressed a fingerprint, the mediator has signed and the committee's seal is on it. Tick all three once they are done.</source>
        <translation>协议须经各方当事人签名、盖章或按指印，人民调解员签名并加盖调委会印章后才生效。三项都完成后请全部勾选。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="53" />
        <source>The signing date cannot be later than today.</source>
        <translation>签署日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="54" />
        <source>An oral agreement takes effect on the day the parties agree; there is nothing to sign.</source>
        <translation>口头协议自当事人达成协议之日起生效，无需登记签署。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="56" />
        <source>The agreement cannot be signed yet; it is missing: {missing}. Complete it in the editor.</source>
        <translation>协议尚不能签署，缺少：{missing}。请在编辑器中补全。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="58" />
        <source>Judicial confirmation can be applied for only after the written agreement is in effect.</source>
        <translation>书面协议生效后才能申请司法确认。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="60" />
        <source>The performance deadline cannot be before the agreement date.</source>
        <translation>履行期限不能早于协议日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="61" />
        <source>Term {n} is due before the agreement date. Correct its deadline or leave it empty.</source>
        <translation>第 {n} 项的履行期限早于协议日期。请改正，或不填该项期限。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="63" />
        <source>There are more term deadlines than terms.</source>
        <translation>履行期限的个数多于协议内容的项数。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="46" />
        <source>The booking must end after it starts. Correct the end time.</source>
        <translation>结束时间必须晚于开始时间，请修改结束时间。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="47" />
        <source>A booking can last at most 12 hours. Split it into several bookings.</source>
        <translation>一次预约最长 12 小时，请分成几次预约。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="48" />
        <source>Choose at least one mediator or other staff member for the booking.</source>
        <translation>请至少选择一名调解员或其他人员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="49" />
        <source>The room {room} is no longer in use. Choose another room.</source>
        <translation>调解室“{room}”已停用，请选择其他调解室。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="50" />
        <source>{name} is no longer on the roster. Choose someone else.</source>
        <translation>{name} 已不在值班名单中，请选择其他人员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="51" />
        <source>The room {room} is not open on {day} ({weekday}). Choose another day or another room.</source>
        <translation>调解室“{room}”{day}（{weekday}）不开放，请换一天或换一间调解室。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="53" />
        <source>The room {room} is closed on {day} ({reason}). Choose another day or another room.</source>
        <translation>调解室“{room}”{day} 停用（{reason}），请换一天或换一间调解室。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="55" />
        <source>The room {room} is open from {opens} to {closes}; the booking from {start} to {end} is outside those hours. Choose a time within the opening hours.</source>
        <translation>调解室“{room}”开放时间为 {opens} 至 {closes}，{start} 至 {end} 的预约超出开放时间，请在开放时间内预约。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="58" />
        <source>The room {room} is already booked from {start} to {end} ({title}). Choose another time or room.</source>
        <translation>调解室“{room}”{start} 至 {end} 已被预约（{title}），请换一个时段或调解室。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="60" />
        <source>The room {room} is booked from {start} to {end} ({title}) and needs {minutes} minutes between two sessions to be made ready. Leave that gap, or choose another room.</source>
        <translation>{room} 在 {start} 至 {end} 已有预约（{title}），两次使用之间需留 {minutes} 分钟整理时间。请留出该间隔，或选择其他调解室。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="63" />
        <source>{name} is already booked from {start} to {end} in {room} ({title}). Choose another time or another person.</source>
        <translation>{name} {start} 至 {end} 已在“{room}”有安排（{title}），请换一个时段或人员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="66" />
        <source>Another terminal booked this room or person for the same time a moment ago. Refresh and choose another time.</source>
        <translation>其他终端刚刚预约了同一时段的调解室或人员，请刷新后另选时间。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="69" />
        <source>This booking was cancelled and cannot be changed.</source>
        <translation>该预约已取消，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="199" />
        <location filename="../../desk/services/mediation/rooms_roster.py" line="61" />
        <source>The buffer must be between 0 and 120 minutes.</source>
        <translation>预留时间须在 0 至 120 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/casefile.py" line="45" />
        <source>Choose a document from the contents list.</source>
        <translation>请从卷内目录中选择文书。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/casefile.py" line="46" />
        <source>Enter the number of pages (1 to 999), or leave it empty.</source>
        <translation>请填写页数（1 至 999），或留空。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/cases.py" line="47" />
        <source>Choose how the case came to the committee.</source>
        <translation>请选择案件来源。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/cases.py" line="48" />
        <source>Choose the type of dispute from the list.</source>
        <translation>请从列表中选择纠纷类型。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/cases.py" line="49" />
        <source>A dispute needs at least one applicant and one respondent. Add the missing party.</source>
        <translation>纠纷至少需要一名申请人和一名被申请人，请补充当事人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/cases.py" line="51" />
        <source>Choose the outcome: settled, not settled or terminated.</source>
        <translation>请选择调解结果：调解成功、调解不成或终止调解。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/cases.py" line="52" />
        <source>Write why the mediation ended without agreement and which other ways (court, arbitration, administrative handling) the parties were told about (人民调解法 Art. 26).</source>
        <translation>请写明未达成协议的原因，以及已告知当事人的其他解决途径（诉讼、仲裁、行政处理）（人民调解法第二十六条）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/cases.py" line="55" />
        <source>A settled case needs an agreement in effect: record the signatures of the written agreement, or register the oral agreement, first.</source>
        <translation>调解成功结案须有已生效的协议：请先登记书面协议的签署，或登记口头协议。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/cases.py" line="58" />
        <source>{name} is not an active mediator on the roster. Choose a mediator, or leave it to assign later.</source>
        <translation>{name} 不是名册中在岗的人民调解员。请选择调解员，或稍后指定。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/cases.py" line="60" />
        <source>The agreement is signed and in effect, so the parties can no longer be changed.</source>
        <translation>协议已签署生效，当事人不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/common.py" line="20" />
        <source>This {what} no longer exists; another terminal may have removed it. Refresh the list.</source>
        <translation>该记录（{what}）已不存在，可能已被其他终端删除，请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/common.py" line="22" />
        <source>Case {number} is closed; reopen it before changing it.</source>
        <translation>案件 {number} 已结案，请先重新调解再修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/common.py" line="23" />
        <source>Enter {label} as a date, such as 2026-11-20.</source>
        <translation>请按日期格式填写{label}，如 2026-11-20。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/duty_roster.py" line="22" />
        <source>Choose whether the person is off that day or on an extra shift.</source>
        <translation>请选择当天调休还是加班。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/followups.py" line="25" />
        <source>A follow-up visit checks how an agreement is performed; case {number} has no agreement in effect.</source>
        <translation>回访是检查协议履行情况的，案件 {number} 还没有生效的协议。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/followups.py" line="27" />
        <source>Choose whether the follow-up was a visit or a phone call.</source>
        <translation>请选择上门回访或电话回访。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/followups.py" line="28" />
        <source>Choose how far the agreement has been performed.</source>
        <translation>请选择协议的履行情况。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/followups.py" line="29" />
        <source>Choose whether the party is satisfied with the result.</source>
        <translation>请选择当事人对调解结果是否满意。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/followups.py" line="30" />
        <source>The follow-up date cannot be later than today.</source>
        <translation>回访日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/followups.py" line="31" />
        <source>Every term was due by {day}; the agreement is no longer "not yet due". Choose how far it has been performed.</source>
        <translation>各项协议内容的履行期限均已于 {day} 届满，不能再选“履行期限未到”。请选择实际履行情况。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/followups.py" line="34" />
        <source>The follow-up date cannot be before the agreement took effect ({day}).</source>
        <translation>回访日期不能早于协议生效日期（{day}）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="38" />
        <source>Only a written agreement that is not signed yet has a draft; print a signed or oral agreement without one.</source>
        <translation>只有尚未签署的书面协议才能打印草稿；已签署的协议或口头协议请直接打印。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="41" />
        <source>The agreement cannot be printed yet; it is missing: {missing}. Complete it in the editor.</source>
        <translation>协议尚不能打印，缺少：{missing}。请在编辑器中补全。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/records.py" line="21" />
        <source>Choose whether this is a mediation record or an investigation.</source>
        <translation>请选择调解记录或调查记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rooms_roster.py" line="59" />
        <source>The end time must be later than the start time. Correct the times.</source>
        <translation>结束时间必须晚于开始时间，请修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rooms_roster.py" line="60" />
        <source>Tick at least one weekday on which the room is open.</source>
        <translation>请至少勾选一个开放日。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rooms_roster.py" line="62" />
        <source>Choose whether the person is a mediator, a police officer or a lawyer.</source>
        <translation>请选择该人员是调解员、民警还是律师。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rooms_roster.py" line="63" />
        <source>A room named {name} already exists. Choose another name.</source>
        <translation>已有名为“{name}”的调解室，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rooms_roster.py" line="64" />
        <source>The room is already marked closed on {day}.</source>
        <translation>该调解室 {day} 已标记为停用。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rows.py" line="168" />
        <source>Choose whether the party is an applicant or a respondent.</source>
        <translation>请选择当事人是申请人还是被申请人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rows.py" line="169" />
        <source>Choose whether the party is a person or an organisation.</source>
        <translation>请选择当事人是自然人还是单位。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rows.py" line="170" />
        <source>Choose the party's sex (男 or 女).</source>
        <translation>请选择当事人性别（男或女）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rows.py" line="171" />
        <source>Enter the party's age in years (0 to 130).</source>
        <translation>请填写当事人年龄（0 至 130 岁）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rows.py" line="172" />
        <source>The sex does not match the ID number. Check both against the ID card.</source>
        <translation>性别与身份证号不符，请对照身份证核对。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rows.py" line="173" />
        <source>Enter the legal representative or person in charge of the organisation.</source>
        <translation>请填写单位的法定代表人或负责人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rows.py" line="175" />
        <source>Enter the legal representative's title (职务), e.g. 总经理 or 主任: the agreement names it.</source>
        <translation>请填写法定代表人或负责人的职务（如总经理、主任）：协议书上要写明。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/calling.py" line="74" />
        <source>There is no number {number} today; check the number on the slip.</source>
        <translation>今天没有 {number} 号，请核对凭条上的号码。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/calling.py" line="81" />
        <source>{number} cannot be called: it is already at a window or finished.</source>
        <translation>{number} 无法呼叫：该号已在窗口办理或已办结。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/calling.py" line="110" />
        <source>{number} was not missed; only a missed number can be called back this way.</source>
        <translation>{number} 不是过号，只有过号的号码才能这样重新呼叫。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/calling.py" line="115" />
        <source>{number} belongs to a service this window does not serve; send the citizen to a window that serves it.</source>
        <translation>{number} 所属业务不在本窗口办理，请引导群众到办理该业务的窗口。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/config.py" line="54" />
        <source>Serve 1 to 20 normal numbers for each priority number, so nobody waits for ever.</source>
        <translation>每个优先号之间须叫 1 至 20 个普通号，以免有人一直等不到。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/config.py" line="87" />
        <source>Enter a time as hours:minutes, e.g. 08:30.</source>
        <translation>请按“时:分”填写时间，例如 08:30。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/config.py" line="106" />
        <source>The prefix is one or two letters A to Z, e.g. A; it starts every number of this service.</source>
        <translation>号码前缀为一到两个字母（A 至 Z），例如 A；该业务的每个号码都以它开头。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/config.py" line="111" />
        <source>The daily cap is 0 (no cap) to 9999 numbers.</source>
        <translation>每日限号为 0（不限）至 9999 个。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/config.py" line="115" />
        <source>Numbers must stop being issued after they start; make the closing time later.</source>
        <translation>停止取号时间须晚于开始取号时间，请调整结束时间。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/config.py" line="130" />
        <source>Prefix {prefix} is used by another service; choose another letter.</source>
        <translation>前缀 {prefix} 已被其他业务使用，请换一个字母。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/config.py" line="139" />
        <source>That queue service no longer exists; reload the list.</source>
        <translation>该排队业务已不存在，请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/config.py" line="172" />
        <source>A service is listed twice for this window; list each service once.</source>
        <translation>本窗口的业务有重复，每项业务只需列一次。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/config.py" line="180" />
        <source>A chosen queue service no longer exists; reload the list.</source>
        <translation>所选的某项排队业务已不存在，请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/issuing.py" line="101" />
        <source>{service} is not taking numbers today. Please ask at the information desk.</source>
        <translation>{service}今日暂停取号，请到咨询台咨询。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/issuing.py" line="106" />
        <source>{service} issues numbers from {opens} to {closes}. Please come back then.</source>
        <translation>{service}的取号时间为 {opens} 至 {closes}，请在此时间内取号。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/issuing.py" line="138" />
        <location filename="../../desk/services/queue/serving.py" line="97" />
        <source>That queue service no longer exists; choose another.</source>
        <translation>该排队业务已不存在，请选择其他业务。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/issuing.py" line="151" />
        <source>All {cap} numbers for {service} today have been given out. Please come back on the next working day, or ask at the information desk.</source>
        <translation>{service}今日 {cap} 个号已全部取完，请下一个工作日再来，或到咨询台咨询。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/rows.py" line="91" />
        <source>There is no open window {number}. Set this terminal's window number in Terminal settings, or ask the manager to add the window.</source>
        <translation>没有启用的 {number} 号窗口。请在“终端设置”中设置本机窗口号，或请站长添加该窗口。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/serving.py" line="108" />
        <source>Choose the service or the window to transfer to.</source>
        <translation>请选择要转到的业务或窗口。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/serving.py" line="111" />
        <source>Choose another window; the citizen is at this one already.</source>
        <translation>请选择其他窗口，群众已在本窗口。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/serving.py" line="122" />
        <source>Window {window} does not serve that service; choose a window that does, or any window.</source>
        <translation>{window}号窗口不办理该业务；请选择办理该业务的窗口，或选择“办理该业务的任一窗口”。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/window_lock.py" line="58" />
        <source>Window {window} has no number at the moment; call the next number first (F1).</source>
        <translation>{window} 号窗口当前没有号码，请先叫下一个号（F1）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/window_lock.py" line="62" />
        <source>{number} is already being served; finish it (F5) or transfer it.</source>
        <translation>{number} 正在办理中，请办结（F5）或转办。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/window_lock.py" line="64" />
        <source>{number} has been called but not started; start (F4) or mark a no-show (F3) first.</source>
        <translation>{number} 已呼叫但尚未开始办理，请先开始办理（F4）或标记过号（F3）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/window_lock.py" line="71" />
        <source>Window {window} still has {number}. Finish it (F5) or mark a no-show (F3) before calling another number.</source>
        <translation>{window} 号窗口还有 {number} 未处理完，请先办结（F5）或标记过号（F3），再叫其他号。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/window_lock.py" line="77" />
        <source>Window {window} is on a break; resume it before calling numbers.</source>
        <translation>{window} 号窗口暂停服务中，请先恢复服务再叫号。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/window_state.py" line="39" />
        <source>Finish or transfer {number} before taking a break.</source>
        <translation>请先办结或转办 {number}，再暂停服务。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/applicants.py" line="89" />
        <source>Choose whether the applicant is a person or an organisation.</source>
        <translation>请选择申请人是个人还是单位。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/applicants.py" line="155" />
        <source>This applicant is registered already. Search for them by the number and choose them from the list instead of typing them again.</source>
        <translation>该申请人已登记过。请按证件号码搜索并从列表中选择，不要重复录入。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/applicants.py" line="192" />
        <location filename="../../desk/services/intake/applicants.py" line="266" />
        <location filename="../../desk/services/intake/applicants.py" line="317" />
        <location filename="../../desk/services/intake/applicants.py" line="333" />
        <source>That applicant no longer exists. Search again.</source>
        <translation>该申请人已不存在，请重新搜索。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/applicants.py" line="194" />
        <source>A person cannot become an organisation or the other way round; register a new applicant instead.</source>
        <translation>个人与单位不能互相转换，请登记新的申请人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/applicants.py" line="298" />
        <source>The document type was changed: type the full number of the new document too.</source>
        <translation>证件类型已更改：请同时完整输入新证件的号码。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/calendar.py" line="80" />
        <source>Enter a year between 2000 and 2100.</source>
        <translation>请输入 2000 至 2100 之间的年份。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/calendar.py" line="96" />
        <source>Choose holiday, make-up workday or ordinary day.</source>
        <translation>请选择放假、调休上班或普通日。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/calendar.py" line="134" />
        <source>Enter the holidays of {year} first: every official arrangement has some (元旦, 春节, 国庆节…).</source>
        <translation>请先录入 {year} 年的放假日期：每年的官方安排都有放假日（元旦、春节、国庆节等）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/case_documents.py" line="145" />
        <source>Case {receipt_no} has no document for its current state; refresh the case.</source>
        <translation>办件 {receipt_no} 当前状态没有可打印的文书，请刷新办件。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/case_documents.py" line="199" />
        <source>Case {receipt_no} has no 容缺 materials outstanding, so there is no 承诺书 to print.</source>
        <translation>案件 {receipt_no} 没有待补交的容缺材料，无需打印承诺书。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/case_queries.py" line="287" />
        <location filename="../../desk/services/intake/common.py" line="112" />
        <location filename="../../desk/services/intake/ratings.py" line="78" />
        <source>Case {case_id} does not exist (any more). Refresh the list.</source>
        <translation>办件 {case_id} 已不存在，请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/case_queries.py" line="331" />
        <source>No case has the receipt number {number}. Check it against the receipt.</source>
        <translation>没有受理编号为 {number} 的办件，请对照回执核对。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="135" />
        <source>The materials list has changed; choose the item again.</source>
        <translation>材料清单已变更，请重新选择事项。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="138" />
        <source>A material is ticked both as received and as not applicable. Untick one of them.</source>
        <translation>有材料同时勾选了“已收取”和“不适用”，请取消其中一项。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="145" />
        <source>Required materials are missing ({names}). They are 容缺 materials: accept with 容缺 under the applicant's 承诺书, or mark them received.</source>
        <translation>尚缺必交材料（{names}）。这些材料可以容缺：请在申请人签署承诺书后容缺受理，或将其标记为已收取。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="149" />
        <source>Required materials are missing ({names}). Mark them received, or choose “materials missing” to print the one-time notice.</source>
        <translation>缺少必需材料（{names}）。请勾选已收取，或选择“材料不齐”打印一次性告知书。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="153" />
        <source>Every required material is ticked as received. Untick the missing ones, or accept the application.</source>
        <translation>必需材料已全部勾选为已收取。请取消勾选缺少的材料，或直接受理。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="177" />
        <source>This applicant already has case {receipt_no} for this item today. Open that case, or confirm that this is a second application.</source>
        <translation>该申请人今天已有本事项的办件 {receipt_no}。请打开该办件，或确认这是另一份申请。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="188" />
        <source>The working-day calendar for {year} is not entered yet, so the date to bring the materials cannot be counted. Choose the date yourself.</source>
        <translation>{year}年的工作日历尚未录入，无法推算补正材料的期限。请自行选择日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="207" />
        <source>Choose what to do with the application: accept it, ask for the missing materials, or refuse it.</source>
        <translation>请选择对该申请的处理：受理、一次性告知补齐材料，或不予受理。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="222" />
        <source>That service item is not offered any more. Choose another item.</source>
        <translation>该事项已停办，请选择其他事项。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="225" />
        <source>Choose or register the applicant first.</source>
        <translation>请先选择或登记申请人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="264" />
        <source>The date to bring the materials is in the past. Choose a later date.</source>
        <translation>补正材料的日期已过，请选择以后的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="293" />
        <source>Case {receipt_no} is {status} now, so this step is not possible. Refresh the case to see its current state.</source>
        <translation>办件 {receipt_no} 当前状态为 {status}，不能进行此操作。请刷新查看最新状态。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="314" />
        <location filename="../../desk/services/intake/pledges.py" line="84" />
        <source>Tick the materials the applicant brought.</source>
        <translation>请勾选申请人带来的材料。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="321" />
        <source>That material is not part of this case. Refresh the case.</source>
        <translation>该材料不属于本办件，请刷新办件。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="389" />
        <source>Choose an active colleague who handles applications.</source>
        <translation>请选择一位在岗、负责受理的同事。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="392" />
        <source>The case is already with {name}. Choose another colleague.</source>
        <translation>该办件已由 {name} 承办，请选择其他同事。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="102" />
        <source>{label} is a number of days from 0 to 365, or empty when there is none.</source>
        <translation>{label}为 0 至 365 的天数；没有时限时留空。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="112" />
        <source>Material {position}: choose 原件, 复印件 or 原件+复印件.</source>
        <translation>第 {position} 项材料：请选择原件、复印件或原件+复印件。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="115" />
        <source>Material {position}: the number of copies is 1 to 20.</source>
        <translation>第 {position} 项材料：份数为 1 至 20。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="120" />
        <source>Material {position}: only a required material can be marked 容缺 (an optional one is never demanded). Tick it as required, or untick 容缺.</source>
        <translation>第 {position} 项材料：只有必交材料可以设为容缺（选交材料从不要求补交）。请勾选“必需”，或取消“容缺”。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="130" />
        <source>An item code uses capital letters, digits and dashes, such as CG-01.</source>
        <translation>事项编码由大写字母、数字和短横线组成，如 CG-01。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="134" />
        <source>Choose whether the item is 即办件 or 承诺件.</source>
        <translation>请选择事项是即办件还是承诺件。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="137" />
        <source>Choose whether the time limits count working days (工作日) or calendar days (日).</source>
        <translation>请选择时限按工作日还是按日（自然日）计算。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="145" />
        <source>A 承诺件 needs a promised time limit of at least 1 working day, or none; an item completed on the spot is a 即办件.</source>
        <translation>承诺件的承诺时限至少为 1 个工作日，或不设时限；当场办结的事项应为即办件。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="150" />
        <source>Unknown tag “{tag}”: use 全市通办, 当场办结 or 只跑一次.</source>
        <translation>未知标签“{tag}”：请使用全市通办、当场办结或只跑一次。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="155" />
        <source>Each material may be listed only once; remove the repeated one.</source>
        <translation>每项材料只能列一次，请删除重复的材料。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="259" />
        <location filename="../../desk/services/intake/catalogue.py" line="314" />
        <location filename="../../desk/services/intake/catalogue.py" line="331" />
        <source>That service item no longer exists. Refresh the list.</source>
        <translation>该事项已不存在，请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="270" />
        <source>Choose the category of the item.</source>
        <translation>请选择事项分类。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="283" />
        <source>The code {code} is used by another item; choose another.</source>
        <translation>编码 {code} 已被其他事项使用，请换一个。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue_io.py" line="41" />
        <source>The catalogue file could not be imported: {row} is not valid. {detail} Correct the file and import it again; nothing was changed.</source>
        <translation>事项目录文件无法导入：{row} 有误。{detail} 请修改文件后重新导入；本次未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue_io.py" line="81" />
        <source>This is not a catalogue file (JSON with “items”). Export the catalogue to see the expected shape.</source>
        <translation>这不是事项目录文件（应为含“items”的 JSON）。可先导出目录查看格式。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue_io.py" line="102" />
        <source>item {number}</source>
        <translation>第 {number} 个事项</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue_io.py" line="166" />
        <source>This is not a catalogue workbook (sheets 事项 and 材料). Export the catalogue to Excel to get one to edit.</source>
        <translation>这不是事项目录工作簿（应含“事项”和“材料”两个工作表）。可先导出为 Excel 再编辑。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue_io.py" line="177" />
        <source>row {number} of sheet 材料</source>
        <translation>“材料”表第 {number} 行</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue_io.py" line="196" />
        <source>row {number} of sheet 事项</source>
        <translation>“事项”表第 {number} 行</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/consultations.py" line="54" />
        <source>Choose walk-in or hotline.</source>
        <translation>请选择来访或热线。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/consultations.py" line="77" />
        <source>That service item no longer exists. Choose another.</source>
        <translation>该事项已不存在，请选择其他事项。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/proxies.py" line="37" />
        <source>Say whether the sealed envelope was handed in to the station or handed back.</source>
        <translation>请说明密封材料袋是交到本站，还是交还给对方。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/proxies.py" line="43" />
        <source>Record who carries the file (the proxy) first.</source>
        <translation>请先登记代办人。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/proxies.py" line="46" />
        <source>The sealed envelope was already handed in.</source>
        <translation>密封材料袋已登记递交。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/proxies.py" line="50" />
        <source>The sealed envelope was already handed back.</source>
        <translation>密封结果袋已登记交回。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/ratings.py" line="69" />
        <source>Choose one of the five faces.</source>
        <translation>请选择五个评价之一。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/ratings.py" line="81" />
        <source>This visit has been rated already. Thank you!</source>
        <translation>本次办事已评价过，谢谢！</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/ratings.py" line="107" />
        <source>That rating no longer exists. Refresh the list.</source>
        <translation>该评价已不存在，请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/ratings.py" line="109" />
        <source>This rating has no open follow-up.</source>
        <translation>该评价没有待处理的回访。</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/closing.py" line="43" />
        <source>The log of {day} was already closed by {who} at {time}; a day is closed only once. Changes made since then are listed as corrections.</source>
        <translation>{day} 的日志已由 {who} 于 {time} 关账；每天只能关账一次。此后的改动会作为更正列出。</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/closing.py" line="52" />
        <source>The log of {day} is closed, so its notes can no longer be changed. Write the note into today's log instead.</source>
        <translation>{day} 的日志已关账，备注不能再修改。请把备注写在今天的日志里。</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/closing.py" line="56" />
        <source>{day} has not begun yet. Notes are written for today or for a past day.</source>
        <translation>{day} 尚未到来。备注只能写给今天或以前的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/closing.py" line="73" />
        <source>{day} has not begun yet, so it cannot be closed. Close a day at its end or later.</source>
        <translation>{day} 尚未到来，不能关账。请在当天结束时或之后关账。</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/closing.py" line="91" />
        <source>The log of {day} was closed from another terminal a moment ago. Refresh the page to see it.</source>
        <translation>{day} 的日志刚刚已在另一台终端关账。请刷新页面查看。</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/closing.py" line="130" />
        <source>That note no longer exists. Refresh the page.</source>
        <translation>该备注已不存在。请刷新页面。</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/period.py" line="44" />
        <source>“{text}” is not a date. Write dates as year-month-day, e.g. 2026-11-20.</source>
        <translation>“{text}”不是日期。请按“年-月-日”填写，例如 2026-11-20。</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/period.py" line="51" />
        <source>The first day ({first}) is after the last day ({last}). Swap the two dates.</source>
        <translation>开始日期（{first}）晚于结束日期（{last}）。请对调两个日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/period.py" line="55" />
        <source>A log covers at most {days} days. Choose a shorter range, or export one year at a time.</source>
        <translation>一次最多统计 {days} 天。请缩短时间范围，或按年分别导出。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/page.py" line="256" />
        <source>Could not write {path}: {reason}. Choose a folder you can write to.</source>
        <translation>无法写入 {path}：{reason}。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../../desk/store/backup.py" line="219" />
        <source>The second backup folder {folder} cannot be reached ({reason}). Connect the USB disk or network share, or choose another folder on the Station page.</source>
        <translation>无法访问第二备份文件夹 {folder}（{reason}）。请连接 U 盘/移动硬盘或网络共享，或在“站点”页面选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="29" />
        <source>There is no station setting called “{key}”; check the name against the station settings page.</source>
        <translation>没有名为“{key}”的站点设置，请对照站点设置页面核对名称。</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="32" />
        <source>Enter {label} as a whole number from {minimum} to {maximum}.</source>
        <translation>请将“{label}”填写为 {minimum} 到 {maximum} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="34" />
        <source>The setting {label} has the wrong form; change it on its own page.</source>
        <translation>设置“{label}”的格式不正确，请到其专门的页面修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/auth.py" line="34" />
        <location filename="../../desk/store/pgroles.py" line="85" />
        <source>The user name or password is wrong, or the account is disabled. Check both and try again, or ask the station manager.</source>
        <translation>用户名或密码错误，或账号已停用。请核对后重试，或联系站长。</translation>
    </message>
    <message>
        <location filename="../../desk/services/auth.py" line="37" />
        <source>Too many wrong passwords: this account must wait {minutes} more minutes before the next try. Wait, or ask the station manager to reset the password.</source>
        <translation>密码错误次数过多：此账号还需等待 {minutes} 分钟才能再次尝试。请稍候，或请站长重置密码。</translation>
    </message>
    <message>
        <location filename="../../desk/store/lockwatch.py" line="129" />
        <source>Grid Desk stopped saving to {path}: it lost its lock on the database file, so anything saved now could be lost. This action was not saved. Close Grid Desk on this computer and start it again, then repeat the action.</source>
        <translation>网格工作站已停止向 {path} 保存：它失去了对数据库文件的锁定，此时保存的内容可能丢失。本次操作未保存。请关闭本机的网格工作站并重新启动，然后再做一次该操作。</translation>
    </message>
    <message>
        <location filename="../../desk/store/migrate.py" line="83" />
        <source>The database {url} was upgraded by a newer Grid Desk: it is at revision {revision}, which this Grid Desk does not know. Nothing was changed. Install that newer Grid Desk (or a later one) on this computer and use it with this database.</source>
        <translation>数据库 {url} 已被较新版本的网格工作站升级：其版本为 {revision}，本版本的网格工作站无法识别。未做任何更改。请在本机安装该较新版本（或更新的版本）的网格工作站，再用它打开此数据库。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/common.py" line="122" />
        <source>A refusal notice must name the body that hears a 行政复议 and the court for a 行政诉讼. Ask the station manager to enter both on the Station page, then refuse again.</source>
        <translation>不予受理通知书必须写明行政复议机关和行政诉讼的人民法院。请站长先在“站点信息”页填写这两项，再作不予受理。</translation>
    </message>
    <message>
        <location filename="../../desk/store/backup_crypto.py" line="45" />
        <source>The backup {path} is encrypted, but there is no backup key at {key}. Copy the station's backup key file there (the IT person keeps a copy), then try again.</source>
        <translation>备份 {path} 已加密，但 {key} 处没有备份密钥。请把本站的备份密钥文件复制到该处（IT 人员保存有副本），然后重试。</translation>
    </message>
    <message>
        <location filename="../../desk/store/backup_crypto.py" line="50" />
        <source>The backup {path} was encrypted with another backup key than the one in {key}. Put the key file of the station that made it there, then try again.</source>
        <translation>备份 {path} 是用另一把备份密钥加密的，与 {key} 中的密钥不符。请把制作该备份的工作站的密钥文件放到该处，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desk/store/backup_crypto.py" line="55" />
        <source>The encrypted backup {path} is damaged or has been altered; it cannot be restored. Choose another backup.</source>
        <translation>加密备份 {path} 已损坏或被改动，不能恢复。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../desk/store/backup_crypto.py" line="59" />
        <source>The backup key file {key} is damaged. Put back the copy the IT person keeps, then try again.</source>
        <translation>备份密钥文件 {key} 已损坏。请放回 IT 人员保存的副本，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desk/core/inputs.py" line="45" />
        <source>“{label}” contains an invisible control character ({codepoint}) at position {position}. Delete the text around that position and type it again.</source>
        <translation>“{label}”第 {position} 个字符处有一个看不见的控制字符（{codepoint}）。请删除该位置附近的文字后重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/core/inputs.py" line="50" />
        <source>“{label}” contains a broken character ({codepoint}, half of a pair) at position {position}. Delete the text around that position and type it again.</source>
        <translation>“{label}”第 {position} 个字符处有一个残缺的字符（{codepoint}，只有半个）。请删除该位置附近的文字后重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/core/inputs.py" line="55" />
        <source>“{label}” can be at most {max_length} characters long, but it has {length}. Shorten it.</source>
        <translation>“{label}”最多 {max_length} 个字符，现在有 {length} 个。请缩短。</translation>
    </message>
    <message>
        <location filename="../../desk/core/inputs.py" line="59" />
        <source>A search can be at most {max_length} characters long, but “{label}” has {length}. Search for a shorter part of the name or number.</source>
        <translation>查询内容最多 {max_length} 个字符，“{label}”现在有 {length} 个。请只输入姓名或编号中的一小段再查。</translation>
    </message>
    <message>
        <location filename="../../desk/core/inputs.py" line="64" />
        <source>“{label}” must be a whole number from {low} to {high}; {value} is outside that. Enter a number in that range.</source>
        <translation>“{label}”应为 {low} 到 {high} 之间的整数，{value} 超出了这个范围。请输入范围内的数。</translation>
    </message>
    <message>
        <location filename="../../desk/core/inputs.py" line="69" />
        <source>“{label}” must be an ordinary number. Enter it again.</source>
        <translation>“{label}”应为一个普通数字，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/core/inputs.py" line="72" />
        <source>“{label}” must be a date from {first_year} to {last_year}; {value} is outside that. Check the year.</source>
        <translation>“{label}”应为 {first_year} 年至 {last_year} 年之间的日期，{value} 超出了这个范围。请检查年份。</translation>
    </message>
    <message>
        <location filename="../../desk/core/inputs.py" line="76" />
        <source>“{label}” is a time without a time zone, so it cannot be placed on the station's clock. Enter the time again; if this keeps happening, tell the administrator.</source>
        <translation>“{label}”是一个没有时区的时间，无法对应到本站的时钟。请重新输入时间；如果反复出现，请告诉系统管理员。</translation>
    </message>
    <message>
        <location filename="../../desk/core/inputs.py" line="81" />
        <source>The file is {size_mb} MB; files of up to {max_mb} MB can be read. Remove what is not needed, or split it.</source>
        <translation>该文件有 {size_mb} MB，最多只能读取 {max_mb} MB 的文件。请删去不需要的内容，或拆分成几个文件。</translation>
    </message>
    <message>
        <location filename="../../desk/core/inputs.py" line="85" />
        <source>“{label}” has {count} entries, but at most {max_items} are accepted. Remove some.</source>
        <translation>“{label}”有 {count} 项，最多只能有 {max_items} 项。请删去一些。</translation>
    </message>
    <message>
        <location filename="../../desk/services/station.py" line="42" />
        <source>There is no station {station_id} in this database. Check the station number in the terminal's settings.</source>
        <translation>本数据库中没有编号为 {station_id} 的工作站。请检查本终端设置中的工作站编号。</translation>
    </message>
    <message>
        <location filename="../../desk/services/station.py" line="92" />
        <source>A station has no detail called {names}. Change only: {known}.</source>
        <translation>工作站没有名为 {names} 的信息项。只能修改：{known}。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/common.py" line="69" />
        <source>There is no terminal to ask who signs in. Give --user NAME and the password on standard input with --password-stdin.</source>
        <translation>没有终端可以询问由谁登录。请用 --user 用户名 指定，并用 --password-stdin 从标准输入提供密码。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/common.py" line="72" />
        <source>There is no terminal to ask for the password. Give it on standard input with --password-stdin.</source>
        <translation>没有终端可以输入密码。请用 --password-stdin 从标准输入提供密码。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/common.py" line="91" />
        <source>--password-stdin was given but standard input has no password line left. Give one password a line: the signing-in user's first, then the new one.</source>
        <translation>指定了 --password-stdin，但标准输入中已没有密码行。请每行一个密码：先是登录人的密码，再是新密码。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/common.py" line="151" />
        <source>Only a station manager or an administrator may run this command; {username} is not one. Sign in as one with --user NAME.</source>
        <translation>只有站长或管理员可以运行此命令，{username} 不是。请用 --user 用户名 以站长或管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py" line="79" />
        <source>This database has no users yet. Create its first administrator first: user add NAME --role admin --name "...".</source>
        <translation>此数据库还没有用户。请先创建第一个管理员：user add 用户名 --role admin --name "..."。</translation>
    </message>
    <message>
        <location filename="../../desk/store/bootstrap.py" line="57" />
        <source>This database needs an upgrade that only its owner may make. Ask the IT person to run: python main.py migrate --db postgresql+psycopg://OWNER@host/database</source>
        <translation>此数据库需要升级，只有其所有者可以执行。请联系信息技术人员运行：python main.py migrate --db postgresql+psycopg://所有者@主机/数据库</translation>
    </message>
    <message>
        <location filename="../../desk/store/pgroles.py" line="58" />
        <source>On this PostgreSQL database a user name may be at most {limit} characters long. Choose a shorter one.</source>
        <translation>在此 PostgreSQL 数据库上，用户名最多 {limit} 个字符。请换一个短一些的。</translation>
    </message>
    <message>
        <location filename="../../desk/store/pgroles.py" line="147" />
        <source>The database refused this: the login this terminal uses may not do it. Use the credentials made for this terminal's job, or sign in as someone who may.</source>
        <translation>数据库拒绝了此操作：本终端使用的登录账号无权执行。请使用为本终端用途创建的凭据，或由有权限的人员登录。</translation>
    </message>
    <message>
        <location filename="../../desk/store/pgroles_setup.py" line="137" />
        <source>Setting up the database roles needs the database's owner with the CREATEROLE right (or a superuser). Run the command again with --db postgresql+psycopg://OWNER@host/database.</source>
        <translation>设置数据库角色需要具有 CREATEROLE 权限的数据库所有者（或超级用户）。请用 --db postgresql+psycopg://所有者@主机/数据库 重新运行命令。</translation>
    </message>
    <message>
        <location filename="../../desk/store/pgroles_setup.py" line="231" />
        <source>Database roles exist only on PostgreSQL. A SQLite file is protected by its folder's permissions; give --db postgresql+psycopg://OWNER@host/database.</source>
        <translation>数据库角色只存在于 PostgreSQL。SQLite 文件由所在文件夹的权限保护；请指定 --db postgresql+psycopg://所有者@主机/数据库。</translation>
    </message>
    <message>
        <location filename="../../desk/store/pgroles_setup.py" line="237" />
        <source>The database name {name} is too long for its role names; use a name of at most 50 characters.</source>
        <translation>数据库名 {name} 太长，无法用于角色名；请使用不超过 50 个字符的名称。</translation>
    </message>
    <message>
        <location filename="../../desk/store/pgroles_setup.py" line="275" />
        <source>A device is a kiosk or a display, not "{kind}".</source>
        <translation>设备只能是取号机（kiosk）或大屏（display），不能是“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../desk/store/pgroles_setup.py" line="280" />
        <source>Set up the database roles first: python main.py db-roles setup --db URL</source>
        <translation>请先设置数据库角色：python main.py db-roles setup --db 地址</translation>
    </message>
    <message>
        <location filename="../../desk/store/pgroles_setup.py" line="283" />
        <source>A device login name is 1 to 63 letters, digits, dashes or underscores.</source>
        <translation>设备登录名为 1 到 63 个字母、数字、短横线或下划线。</translation>
    </message>
    <message>
        <location filename="../../desk/store/pgroles_setup.py" line="294" />
        <source>A database role named {name} already exists and is not a device of this station. Choose another name.</source>
        <translation>名为 {name} 的数据库角色已存在，且不是本站的设备。请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/help.py" line="67" />
        <source>That call for staff is no longer there.</source>
        <translation>该呼叫已不存在（可能已有同事前去处理）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="94" />
        <source>Case {receipt_no} is not running (it is {status}); only an accepted case in progress can be extended or paused. Refresh the case.</source>
        <translation>办件 {receipt_no} 当前为{status}，不在计时中；只有已受理、办理中的办件可以延期或暂停计时。请刷新办件。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="141" />
        <source>The clock of case {receipt_no} is paused. Resume it first; the deadline then moves by the days paused, and an extension is decided on that deadline.</source>
        <translation>办件 {receipt_no} 正在暂停计时。请先恢复计时：办结期限按暂停天数顺延后，再据此决定是否延期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="146" />
        <source>Case {receipt_no} has no deadline to extend (no time limit, or the calendar year is not entered yet).</source>
        <translation>办件 {receipt_no} 没有可延长的办结期限（无时限，或该年度节假日安排尚未录入）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="150" />
        <source>Case {receipt_no} was extended already. 行政许可法 Art. 42 allows one extension of at most 10 working days.</source>
        <translation>办件 {receipt_no} 已经延期。行政许可法第四十二条只允许延长一次，最多 10 个工作日。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="154" />
        <source>The deadline of case {receipt_no} ({deadline}) has passed. An extension must be approved before the deadline ends (行政许可法 Art. 42).</source>
        <translation>办件 {receipt_no} 的办结期限（{deadline}）已过。延期须在期限届满前批准（行政许可法第四十二条）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="160" />
        <source>Choose a new deadline after the present one ({deadline}).</source>
        <translation>请选择晚于现办结期限（{deadline}）的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="164" />
        <source>The working-day calendar for {year} is not entered yet, so the extension cannot be counted. Ask for the calendar to be entered first.</source>
        <translation>{year} 年的工作日历尚未录入，无法计算延长期限。请先录入日历。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="169" />
        <source>行政许可法 Art. 42 allows at most 10 more working days: the latest new deadline is {latest}. Choose that day or an earlier one.</source>
        <translation>行政许可法第四十二条最多允许延长 10 个工作日，延长后期限最晚为 {latest}。请选择该日或更早的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="174" />
        <source>{day} is not a working day. Choose a working day as the new deadline.</source>
        <translation>{day} 不是工作日。请选择一个工作日作为新的办结期限。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="197" />
        <source>Choose why the time is not counted: hearing, inspection, testing, appraisal or expert review.</source>
        <translation>请选择不计算期限的事由：听证、检验、检测、鉴定或专家评审。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="208" />
        <source>The clock of case {receipt_no} is paused already (since {day}).</source>
        <translation>办件 {receipt_no} 已经暂停计时（自 {day} 起）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="212" />
        <source>The expected end of the {cause} is in the past. Choose a later day, or leave it empty.</source>
        <translation>{cause}的预计结束日期已过。请选择以后的日期，或不填。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="237" />
        <source>The working-day calendar for {year} is not entered yet, so the days paused cannot be counted. Ask for the calendar to be entered first.</source>
        <translation>{year} 年的工作日历尚未录入，无法计算暂停的天数。请先录入日历。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/clock.py" line="257" />
        <source>The clock of case {receipt_no} is running; there is nothing to resume.</source>
        <translation>办件 {receipt_no} 正在计时，无需恢复。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/supervision.py" line="108" />
        <source>Case {receipt_no} is not running any more (it is {status}); there is nothing to supervise. Refresh the list.</source>
        <translation>办件 {receipt_no} 已不在办理中（当前为{status}），无需督办。请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/forms.py" line="44" />
        <source>Choose a document from the list.</source>
        <translation>请从列表中选择文书。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/forms.py" line="45" />
        <source>That record is not part of case {number}. Choose it again from the list.</source>
        <translation>该记录不属于案件 {number}。请重新从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/booking_rules.py" line="32" />
        <source>A booking cannot be made for {day}, a day that has passed. Choose today ({today}) or later.</source>
        <translation>{day} 已经过去，不能预约。请选择今天（{today}）或以后的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/booking_rules.py" line="34" />
        <source>A booking can be made at most one year ahead, until {last}. Choose an earlier day.</source>
        <translation>最多只能提前一年预约，即 {last} 之前。请选择更早的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/booking_rules.py" line="36" />
        <source>{day} is a public holiday ({name}) in the work calendar. Choose a working day.</source>
        <translation>{day} 是工作日历中的法定节假日（{name}）。请选择工作日。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/booking_rules.py" line="38" />
        <source>{name} is not on duty on {day}. Choose another day or another person (see the duty roster).</source>
        <translation>{name} 在 {day} 不值班。请选择其他日期或其他人员（见值班表）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/booking_rules.py" line="40" />
        <source>{name} is on duty on {day} only {hours}; the booking from {start} to {end} is outside that. Choose a time within those hours or another person.</source>
        <translation>{name} 在 {day} 仅在 {hours} 值班，{start} 至 {end} 的预约不在值班时间内。请选择值班时间内的时段或其他人员。</translation>
    </message>
    <message>
        <location filename="../../desk/core/id_documents.py" line="42" />
        <source>Choose the type of identity document the applicant shows.</source>
        <translation>请选择申请人出示的证件类型。</translation>
    </message>
    <message>
        <location filename="../../desk/core/id_documents.py" line="43" />
        <source>A residence permit for Hong Kong, Macao or Taiwan residents (港澳台居民居住证) starts with 81, 82 or 83. Check the number against the permit, or choose the document type the applicant really shows.</source>
        <translation>港澳台居民居住证号码以 81、82 或 83 开头。请对照证件核对号码，或选择申请人实际出示的证件类型。</translation>
    </message>
    <message>
        <location filename="../../desk/core/id_documents.py" line="48" />
        <source>A 港澳居民来往内地通行证 number is H or M followed by 8 digits (older permits: 10 digits). Check it against the permit.</source>
        <translation>港澳居民来往内地通行证号码为 H 或 M 加 8 位数字（旧版为 10 位数字）。请对照证件核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/id_documents.py" line="53" />
        <source>A 台湾居民来往大陆通行证 number has 8 digits (older permits: 10 digits, sometimes followed by a letter). Check it against the permit.</source>
        <translation>台湾居民来往大陆通行证号码为 8 位数字（旧版为 10 位数字，有的后带一个字母）。请对照证件核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/id_documents.py" line="58" />
        <source>A 外国人永久居留身份证 number has 18 characters starting with 9 (2023 card), or 3 letters and 12 digits (older card). Check it against the card.</source>
        <translation>外国人永久居留身份证号码为以 9 开头的 18 位（2023 版），或 3 个字母加 12 位数字（旧版）。请对照证件核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/id_documents.py" line="63" />
        <source>A passport number has 5 to 17 letters and digits, at least one of them a digit. Check it against the passport's photo page.</source>
        <translation>护照号码为 5 至 17 位字母和数字，其中至少有一位数字。请对照护照资料页核对。</translation>
    </message>
    <message>
        <location filename="../../desk/core/id_documents.py" line="68" />
        <source>A document number has 4 to 30 letters, digits or dashes. Check it against the document.</source>
        <translation>证件号码为 4 至 30 位字母、数字或连字符。请对照证件核对。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/pledges.py" line="45" />
        <source>Every required material is in, so there is nothing to accept with 容缺. Accept the application with a receipt.</source>
        <translation>必交材料已齐全，无需容缺受理。请直接受理并出具回执。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/pledges.py" line="50" />
        <source>{names} cannot be brought later: the catalogue does not mark it 容缺. Ask for the missing materials with the one-time notice instead.</source>
        <translation>{names}不能容后补交：事项目录未将其设为容缺。请改用一次性告知书告知需补正的材料。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/pledges.py" line="63" />
        <source>The working-day calendar for {year} is not entered yet, so the date to bring the 容缺 materials cannot be counted. Choose the date yourself.</source>
        <translation>{year} 年的工作日历尚未录入，无法计算容缺材料的补交期限。请自行选择日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/pledges.py" line="73" />
        <source>The date to bring the 容缺 materials must be after today. Choose a later date.</source>
        <translation>容缺材料的补交期限必须晚于今天。请选择更晚的日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/pledges.py" line="92" />
        <source>Case {receipt_no} has no 容缺 materials outstanding. Refresh the case.</source>
        <translation>案件 {receipt_no} 没有待补交的容缺材料。请刷新案件。</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/pledges.py" line="98" />
        <source>That material is not outstanding in this case. Refresh the case.</source>
        <translation>该材料不是本案待补交的材料。请刷新案件。</translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <location filename="../../desk/ui/intake/document_field.py" line="22" />
        <source>Name, e.g. 军官证</source>
        <translation>证件名称，例如：军官证</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="45" />
        <source>Issued documents</source>
        <translation>已出具文书</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="51" />
        <source>document number (any part)</source>
        <translation>文书编号（可输入部分）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="55" />
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="65" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="67" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="67" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="74" />
        <source>Issued</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="75" />
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="76" />
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="77" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="78" />
        <source>Issued by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="79" />
        <source>Reprints</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="80" />
        <source>Record</source>
        <translation>关联记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="93" />
        <source>Preview original</source>
        <translation>查看原件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="95" />
        <source>The document exactly as it was issued (Enter)</source>
        <translation>查看与出具时完全一致的文书（回车）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="97" />
        <source>Reprint (补打)</source>
        <translation>补打</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="99" />
        <source>Print it again, marked 补打 with the time of the reprint (Ctrl+R)</source>
        <translation>重新打印，标注“补打”及补打时间（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="113" />
        <source>{0}× (last {1})</source>
        <translation>{0} 次（最近 {1}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="133" />
        <source>The newest {0} shown; narrow the search</source>
        <translation>仅显示最新的 {0} 份，请缩小查询范围</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="135" />
        <source>Found: {0}</source>
        <translation>共 {0} 份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="174" />
        <source>Preparing the reprint…</source>
        <translation>正在生成补打文书…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="187" />
        <source>Reprint of {0} ready; it is marked 补打 with the time of the reprint.</source>
        <translation>{0} 的补打文书已生成，已标注“补打”及补打时间。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="190" />
        <source>This computer draws the document with a different font than when it was issued, so the reprint may look slightly different (same content). "Preview original" still gives the document exactly as it was issued.</source>
        <translation>本机生成文书所用字体与出具时不同，补打件内容相同但外观可能略有差异。通过“查看原件”仍可获得与出具时完全一致的文书。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/documents.py" line="193" />
        <source>{0} {1} (reprint)</source>
        <translation>{0} {1}（补打）</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../desk/ui/mediation/edit_case_dialog.py" line="20" />
        <source>Edit case {0}</source>
        <translation>修改案件 {0}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desk/ui/i18n.py" line="53" />
        <source>Something went wrong that Grid Desk did not expect: {error}. Nothing was saved; try again, and tell the administrator if it happens again.</source>
        <translation>发生了意外错误：{error}。未保存任何内容；请重试，如再次出现请告知系统管理员。</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../desk/services/mediation/rooms_roster.py" line="76" />
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rooms_roster.py" line="77" />
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rooms_roster.py" line="88" />
        <source>Room name</source>
        <translation>调解室名称</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rooms_roster.py" line="89" />
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rooms_roster.py" line="129" />
        <source>Closure day</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/applicants.py" line="93" />
        <location filename="../../desk/services/mediation/rooms_roster.py" line="173" />
        <location filename="../../desk/services/mediation/rows.py" line="190" />
        <location filename="../../desk/services/queue/issuing.py" line="129" />
        <location filename="../../desk/services/users.py" line="68" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/applicants.py" line="100" />
        <source>Organisation name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/applicants.py" line="106" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rooms_roster.py" line="176" />
        <source>Organisation</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rooms_roster.py" line="178" />
        <location filename="../../desk/services/station.py" line="77" />
        <location filename="../../desk/services/users.py" line="73" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk/services/station.py" line="75" />
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location filename="../../desk/services/station.py" line="76" />
        <source>Mediation committee name</source>
        <translation>调解委员会名称</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/applicants.py" line="108" />
        <location filename="../../desk/services/station.py" line="78" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="93" />
        <source>Agreed term</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="98" />
        <source>Term due by</source>
        <translation>该项履行期限</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="104" />
        <source>Main facts</source>
        <translation>纠纷主要事实</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="105" />
        <source>Disputed matters</source>
        <translation>争议事项</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="107" />
        <source>Each party's responsibility</source>
        <translation>各方当事人的责任</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="110" />
        <source>How it is performed</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="113" />
        <source>Performed by</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="115" />
        <source>Mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="117" />
        <location filename="../../desk/services/mediation/records.py" line="42" />
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="119" />
        <source>Agreed on</source>
        <translation>达成协议日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="189" />
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="223" />
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/agreements.py" line="224" />
        <source>Court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="263" />
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="265" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="267" />
        <location filename="../../desk/services/mediation/casefile.py" line="125" />
        <location filename="../../desk/services/mediation/duty_roster.py" line="79" />
        <location filename="../../desk/services/mediation/duty_roster.py" line="124" />
        <location filename="../../desk/services/queue/serving.py" line="113" />
        <location filename="../../desk/services/report/closing.py" line="102" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/bookings.py" line="312" />
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/cases.py" line="88" />
        <source>Dispute name</source>
        <translation>纠纷名称</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/cases.py" line="89" />
        <source>Brief facts</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/cases.py" line="91" />
        <source>Requests</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/cases.py" line="93" />
        <source>Referred by</source>
        <translation>移交方</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="90" />
        <location filename="../../desk/services/intake/clock.py" line="100" />
        <location filename="../../desk/services/mediation/cases.py" line="273" />
        <location filename="../../desk/services/mediation/cases.py" line="295" />
        <location filename="../../desk/services/mediation/rooms_roster.py" line="130" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="95" />
        <source>Proxy's name</source>
        <translation>代办人姓名</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="100" />
        <source>Relation to the applicant</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="197" />
        <source>Legal basis of the refusal</source>
        <translation>不予受理的法律依据</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="199" />
        <source>Where to apply instead</source>
        <translation>应向何机关申请</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="211" />
        <source>Reason for refusal</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="359" />
        <source>How it was delivered</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="370" />
        <source>Reason for withdrawal</source>
        <translation>撤回原因</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="384" />
        <source>Reason for the hand-over</source>
        <translation>转交原因</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/duty_roster.py" line="75" />
        <source>Valid from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/duty_roster.py" line="76" />
        <source>Valid until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/duty_roster.py" line="120" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/followups.py" line="40" />
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/followups.py" line="48" />
        <source>Party visited</source>
        <translation>受访当事人</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/followups.py" line="50" />
        <source>What was found</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/followups.py" line="52" />
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/followups.py" line="54" />
        <source>Visited by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="78" />
        <source>Wrong passwords before an account waits</source>
        <translation>账号须等待前允许的密码错误次数</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="80" />
        <source>First wait after too many wrong passwords (minutes)</source>
        <translation>密码错误过多后的首次等待（分钟）</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="84" />
        <source>Longest wait (minutes)</source>
        <translation>最长等待（分钟）</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="87" />
        <source>Wrong passwords are forgotten after (minutes)</source>
        <translation>密码错误记录的清除时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="92" />
        <source>How to follow a case (on the receipt)</source>
        <translation>办理进度查询方式（印在回执上）</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="95" />
        <source>QR code on the receipt</source>
        <translation>回执上的二维码</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="99" />
        <source>Review body (行政复议机关)</source>
        <translation>行政复议机关</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="102" />
        <source>Court for a 行政诉讼</source>
        <translation>行政诉讼管辖法院</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="105" />
        <source>Working days to follow up a poor rating</source>
        <translation>差评回访时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="109" />
        <source>Working days to bring 容缺 materials</source>
        <translation>容缺材料补交期限（工作日）</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="114" />
        <source>Supervision list: due within (working days)</source>
        <translation>督办清单：临近到期（工作日）</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="117" />
        <source>Seal on station papers</source>
        <translation>工作站文书用印</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="121" />
        <source>Seal on mediation papers</source>
        <translation>调解文书用印</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="127" />
        <source>Mediation case number format</source>
        <translation>调解案号格式</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="129" />
        <location filename="../../desk/services/mediation/numbering.py" line="41" />
        <location filename="../../desk/services/mediation/numbering.py" line="61" />
        <source>Committee abbreviation</source>
        <translation>调委会简称</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="136" />
        <source>Queue set-up</source>
        <translation>叫号设置</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/records.py" line="33" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/records.py" line="34" />
        <source>Participants</source>
        <translation>参加人</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/records.py" line="36" />
        <source>Person questioned</source>
        <translation>被调查人</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/records.py" line="38" />
        <source>Record</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/cases.py" line="346" />
        <location filename="../../desk/services/mediation/records.py" line="40" />
        <source>Result</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rows.py" line="191" />
        <source>Work unit or address</source>
        <translation>单位或住址</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rows.py" line="194" />
        <source>Representative</source>
        <translation>代表人</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rows.py" line="200" />
        <source>Title of the legal representative</source>
        <translation>法定代表人职务</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/applicants.py" line="104" />
        <location filename="../../desk/services/mediation/rows.py" line="196" />
        <source>Legal representative</source>
        <translation>法定代表人或负责人</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rows.py" line="222" />
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desk/services/mediation/rows.py" line="223" />
        <source>Occupation</source>
        <translation>职业或职务</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/config.py" line="59" />
        <source>Slip notice</source>
        <translation>凭条提示语</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/config.py" line="60" />
        <source>Hall display notice</source>
        <translation>大屏滚动提示</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/config.py" line="109" />
        <source>Service name</source>
        <translation>业务名称</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/calendar.py" line="98" />
        <source>Holiday name</source>
        <translation>节日名称</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/calendar.py" line="123" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="109" />
        <source>Material name</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="117" />
        <source>Material note</source>
        <translation>材料说明</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="128" />
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="132" />
        <source>Item name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="140" />
        <source>Promised time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="141" />
        <source>Statutory time limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="164" />
        <source>Statutory note</source>
        <translation>法定时限说明</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="166" />
        <source>Fee</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="167" />
        <source>Conditions</source>
        <translation>办理条件</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="168" />
        <source>Result delivery</source>
        <translation>结果送达方式</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="170" />
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/catalogue.py" line="171" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/consultations.py" line="58" />
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/consultations.py" line="59" />
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/consultations.py" line="61" />
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/consultations.py" line="64" />
        <source>Caller</source>
        <translation>咨询人</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/ratings.py" line="70" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/ratings.py" line="101" />
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="133" />
        <location filename="../../desk/services/backups.py" line="141" />
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/services/windows.py" line="48" />
        <source>Window name</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/supervision.py" line="101" />
        <source>Reminder</source>
        <translation>督办提醒</translation>
    </message>
    <message>
        <location filename="../../desk/core/id_documents.py" line="96" />
        <source>Name of the document</source>
        <translation>证件名称</translation>
    </message>
</context>
<context>
    <name>FigureTableView</name>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="37" />
        <source> (times in minutes)</source>
        <translation>（时间单位：分钟）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="41" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/figures_view.py" line="80" />
        <source>no records</source>
        <translation>无记录</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="46" />
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="48" />
        <source>Agreement number</source>
        <translation>调解协议编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="54" />
        <source>Visit</source>
        <translation>上门回访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="55" />
        <source>Phone call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="61" />
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="66" />
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="64" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="65" />
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="71" />
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="72" />
        <source>Party visited</source>
        <translation>受访当事人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="73" />
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="74" />
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="75" />
        <source>Is the party satisfied?</source>
        <translation>当事人是否满意</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="76" />
        <source>What was found</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="77" />
        <source>Measures taken</source>
        <translation>已采取的措施</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="78" />
        <source>Visited by</source>
        <translation>回访人</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="111" />
        <source>Agreement number</source>
        <translation>调解协议编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="112" />
        <source>Visited on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="113" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="114" />
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="116" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="116" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="116" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="117" />
        <source>What was found</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="125" />
        <source>Add follow-up visit…</source>
        <translation>添加回访记录…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="147" />
        <source>Terms due: {0}</source>
        <translation>各项履行期限：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/followup_casefile_tabs.py" line="150" />
        <source>Past due with no visit since: term {0}. Visit the parties.</source>
        <translation>第{0}项已过履行期限，此后尚未回访。请回访当事人。</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <location filename="../../desk/ui/queue/display.py" line="93" />
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/display.py" line="101" />
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/display.py" line="107" />
        <source>Last calls</source>
        <translation>最近呼叫</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/display.py" line="112" />
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/display.py" line="150" />
        <source>{0}  →  Window {1}    {2}</source>
        <translation>{0}  →  {1} 号窗口    {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/display.py" line="161" />
        <source>{0} waiting</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/display.py" line="186" />
        <source>Window {0}</source>
        <translation>{0} 号窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/display.py" line="204" />
        <source>Paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/display.py" line="206" />
        <source>Not open</source>
        <translation>暂未开放</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/display.py" line="207" />
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/display.py" line="217" />
        <source>{0} → Window {1}</source>
        <translation>{0} → {1}号窗口</translation>
    </message>
</context>
<context>
    <name>HelpCalls</name>
    <message>
        <location filename="../../desk/ui/queue/help_calls.py" line="25" />
        <source>I'm going</source>
        <translation>我去处理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/help_calls.py" line="42" />
        <source>The number kiosk {0} asks for staff (since {1}).</source>
        <translation>取号机 {0} 呼叫工作人员（{1} 起）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/help_calls.py" line="45" />
        <source>{0} more call(s) waiting.</source>
        <translation>另有 {0} 个呼叫待处理。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desk/ui/pages/home.py" line="32" />
        <source>Welcome, {0}</source>
        <translation>{0}，您好</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home.py" line="38" />
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home.py" line="40" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home.py" line="41" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home.py" line="42" />
        <source>Your role</source>
        <translation>您的角色</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home.py" line="44" />
        <source>This terminal</source>
        <translation>本终端</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home.py" line="45" />
        <source>Window {0}</source>
        <translation>{0} 号窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home.py" line="45" />
        <source>not a service window (set it in Desk › Terminal settings)</source>
        <translation>不是服务窗口（可在“工作台 › 终端设置”中设置）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home.py" line="47" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home.py" line="56" />
        <source>Pages: {0}. Ctrl+1 … Ctrl+9 jump to them; Ctrl+, opens the terminal settings.</source>
        <translation>页面：{0}。按 Ctrl+1 … Ctrl+9 快速切换；Ctrl+, 打开终端设置。</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="65" />
        <source>One-window intake</source>
        <translation>一窗受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="101" />
        <source>1. Service item</source>
        <translation>1. 办理事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="107" />
        <source>Name, code or pinyin initials (zxba)</source>
        <translation>名称、编码或拼音首字母（zxba）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="123" />
        <source>3. Materials (tick what was handed in)</source>
        <translation>3. 申请材料（勾选已收取的）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="135" />
        <source>Accept: receipt</source>
        <translation>受理：打回执</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="136" />
        <source>Accept and print the receipt (Ctrl+Enter)</source>
        <translation>受理并打印受理回执（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="138" />
        <source>容缺: accept…</source>
        <translation>容缺受理…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="140" />
        <source>Accept with 容缺 materials to come, under the applicant's 承诺书 (Ctrl+J)</source>
        <translation>申请人签署承诺书，容缺材料后补，先予受理（Ctrl+J）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="142" />
        <source>Missing: notice</source>
        <translation>材料不齐：告知书</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="143" />
        <source>Print the one-time notice of every missing material (Ctrl+M)</source>
        <translation>打印列明全部缺少材料的一次性告知书（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="144" />
        <source>Refuse…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="145" />
        <source>Refuse with a written reason (Ctrl+R)</source>
        <translation>书面说明理由，不予受理（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="146" />
        <source>Next visit</source>
        <translation>下一位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="147" />
        <source>Clear the screen for the next applicant (Ctrl+N)</source>
        <translation>清空界面，接待下一位（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="282" />
        <source>Choose the date to bring the materials first: the calendar cannot count it.</source>
        <translation>请先选择补正材料的期限：工作日历无法推算。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="296" />
        <source>This visit is decided already ({0}). Press Ctrl+N for the next applicant.</source>
        <translation>本次接待已作出决定（{0}）。按 Ctrl+N 接待下一位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="322" />
        <source>Nothing was saved. Open case {0} from the case list, or press Ctrl+N for the next applicant.</source>
        <translation>未保存。请在办件列表中打开 {0}，或按 Ctrl+N 接待下一位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="366" />
        <source>{0} {1} (reprint)</source>
        <translation>{0} {1}（补打）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="214" />
        <source>Queue ticket: {0}</source>
        <translation>排队号：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="215" />
        <source>No queue ticket: a walk-in without a number.</source>
        <translation>无排队号：未取号直接办理。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="244" />
        <source>Choose the item the applicant asks for.</source>
        <translation>请选择申请人要办理的事项。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="252" />
        <source>no fixed limit</source>
        <translation>无固定时限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="254" />
        <source>unknown: the {0} calendar is not entered yet</source>
        <translation>未知：{0} 年日历尚未录入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="257" />
        <source>Kind: {0}</source>
        <translation>类型：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="258" />
        <source>Promised: {0}; statutory: {1}</source>
        <translation>承诺：{0}；法定：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="261" />
        <source>Deadline if accepted today: {0}</source>
        <translation>今天受理的办结期限：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="265" />
        <source>Fee: {0}</source>
        <translation>收费：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="276" />
        <source>Choose the service item first.</source>
        <translation>请先选择办理事项。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/intake_page.py" line="279" />
        <source>Find or register the applicant first.</source>
        <translation>请先查找或登记申请人。</translation>
    </message>
</context>
<context>
    <name>IntakeUi</name>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="23" />
        <source>on the spot (即办件)</source>
        <translation>即办件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="23" />
        <source>promised (承诺件)</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="28" />
        <source>no fixed limit</source>
        <translation>无固定时限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="30" />
        <source>on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="32" />
        <source>{0} calendar days</source>
        <translation>{0} 日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="33" />
        <source>{0} working days</source>
        <translation>{0} 个工作日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="39" />
        <source>see the note</source>
        <translation>见说明</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="45" />
        <source>{0} (paused)</source>
        <translation>{0}（暂停计时）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="49" />
        <source>unknown: no {0} calendar</source>
        <translation>未知：缺 {0} 年日历</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="58" />
        <location filename="../../desk/ui/intake/common.py" line="67" />
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="58" />
        <location filename="../../desk/ui/intake/common.py" line="68" />
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="58" />
        <source>calendar missing</source>
        <translation>缺少日历</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="59" />
        <source>on time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/common.py" line="60" />
        <source>paused (time not counted)</source>
        <translation>暂停计时（不计入期限）</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="52" />
        <source>Change item</source>
        <translation>修改事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="52" />
        <source>New item</source>
        <translation>新增事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="63" />
        <source>promised (承诺件)</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="64" />
        <source>on the spot (即办件)</source>
        <translation>即办件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="68" />
        <source>working days (工作日)</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="69" />
        <source>calendar days (日)</source>
        <translation>日（自然日）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="77" />
        <source>Offered at the window</source>
        <translation>窗口在办</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="80" />
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="80" />
        <location filename="../../desk/ui/intake/item_dialog.py" line="91" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="80" />
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="81" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="81" />
        <source>Time limits count</source>
        <translation>时限单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="82" />
        <source>Promised days</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="83" />
        <source>Statutory note</source>
        <translation>法定时限说明</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="83" />
        <source>Statutory days</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="84" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="84" />
        <source>Fee</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="84" />
        <source>Conditions</source>
        <translation>办理条件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="85" />
        <source>Result delivery</source>
        <translation>结果送达方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="85" />
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="86" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="89" />
        <source>Materials (原件 / 复印件 / 原件+复印件)</source>
        <translation>申请材料（原件/复印件/原件+复印件）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="91" />
        <source>Original / copy</source>
        <translation>原件/复印件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="91" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="92" />
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="92" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="92" />
        <source>容缺</source>
        <translation>容缺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="94" />
        <source>容缺: the window may accept the application without it, under the applicant's signed 承诺书 to bring it later</source>
        <translation>容缺：申请人签署承诺书承诺后补的，窗口可在缺少该材料时先予受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="101" />
        <source>Add material</source>
        <translation>添加材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/item_dialog.py" line="101" />
        <source>Remove material</source>
        <translation>删除材料</translation>
    </message>
</context>
<context>
    <name>JudicialDialog</name>
    <message>
        <location filename="../../desk/ui/mediation/signing_dialogs.py" line="114" />
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/signing_dialogs.py" line="118" />
        <source>e.g. the basic people's court where the committee is</source>
        <translation>如：调委会所在地的基层人民法院</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/signing_dialogs.py" line="120" />
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/signing_dialogs.py" line="121" />
        <source>Court</source>
        <translation>人民法院</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="72" />
        <source>Take a number — {0}</source>
        <translation>取号 — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="117" />
        <source>Call staff</source>
        <translation>呼叫工作人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="165" />
        <source>Numbers are no longer given out today. Please come back on the next working day.</source>
        <translation>今日已停止取号，请于下一个工作日再来。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="167" />
        <source>Please touch the service you need. Your number will be printed.</source>
        <translation>请点击您要办理的业务，取号凭条将自动打印。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="141" />
        <location filename="../../desk/ui/queue/kiosk.py" line="245" />
        <location filename="../../desk/ui/queue/kiosk.py" line="266" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="179" />
        <source>Green channel chosen — now touch your service</source>
        <translation>已选绿色通道，请选择业务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="181" />
        <source>Green channel (elderly, disabled, pregnant): touch here first</source>
        <translation>绿色通道（老年人、残疾人、孕妇等）：请先点此处</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="195" />
        <source>Closed for today</source>
        <translation>今日已停止取号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="197" />
        <source>Numbers from {0} to {1}</source>
        <translation>取号时间 {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="199" />
        <source>No numbers left today</source>
        <translation>今日号已取完</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="201" />
        <source>{0} waiting</source>
        <translation>等候 {0} 人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="231" />
        <source>No number was issued.</source>
        <translation>未能取号。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="236" />
        <source>{0} people are waiting before you.</source>
        <translation>您前面还有 {0} 人等候。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="237" />
        <source>Nobody is waiting before you.</source>
        <translation>您前面暂无人等候。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="238" />
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="239" />
        <source>Please take your slip and watch the hall display.</source>
        <translation>请取走凭条，留意大屏叫号。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="240" />
        <source>Please remember your number and watch the hall display.</source>
        <translation>请记住您的号码，留意大厅叫号屏。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="243" />
        <source>The slip could not be printed. Please note your number {0}; staff have been told.</source>
        <translation>凭条未能打印。请记下您的号码 {0}，工作人员已收到通知。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="245" />
        <source>I have noted my number</source>
        <translation>我已记下号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="261" />
        <source>Staff have been called and will come to you shortly.</source>
        <translation>已呼叫工作人员，请稍候，马上就到。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/kiosk.py" line="265" />
        <source>Staff could not be called from here. Please ask at any window.</source>
        <translation>暂时无法从这里呼叫工作人员，请到任一窗口咨询。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="58" />
        <source>Grid Desk — {0}</source>
        <translation>网格工作站前台 — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="156" />
        <source>&amp;Desk</source>
        <translation>工作台(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="157" />
        <source>Terminal &amp;settings…</source>
        <translation>终端设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="160" />
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="162" />
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="165" />
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="178" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="179" />
        <source>&amp;About Grid Desk</source>
        <translation>关于网格工作站前台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="186" />
        <source>SQLite file</source>
        <translation>SQLite 本地文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="186" />
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="211" />
        <source>Window {0}</source>
        <translation>{0} 号窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="211" />
        <source>No window number</source>
        <translation>未设窗口号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="218" />
        <source>Backups: {0}</source>
        <translation>备份：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="245" />
        <source>About Grid Desk</source>
        <translation>关于网格工作站前台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="246" />
        <source>Grid Desk — front desk of a community service station: queue numbers, one-window intake, mediation and the daily log.
Database: {0}</source>
        <translation>网格工作站前台 — 社区服务站前台系统：排队叫号、一窗受理、人民调解和工作日志。
数据库：{0}</translation>
    </message>
</context>
<context>
    <name>MaterialsDueField</name>
    <message>
        <location filename="../../desk/ui/intake/materials_due.py" line="35" />
        <source>Missing materials to be brought by</source>
        <translation>缺少的材料补交期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/materials_due.py" line="49" />
        <source>The working-day calendar for {0} is not entered yet: choose the date to bring the materials yourself.</source>
        <translation>{0}年的工作日历尚未录入：请自行选择补正材料的期限。</translation>
    </message>
</context>
<context>
    <name>MaterialsTable</name>
    <message>
        <location filename="../../desk/ui/intake/materials_table.py" line="22" />
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/materials_table.py" line="22" />
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/materials_table.py" line="22" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/materials_table.py" line="23" />
        <source>Original / copy</source>
        <translation>原件/复印件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/materials_table.py" line="23" />
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/materials_table.py" line="23" />
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/materials_table.py" line="53" />
        <source>required, 容缺</source>
        <translation>必交，可容缺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/materials_table.py" line="54" />
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/materials_table.py" line="54" />
        <source>optional</source>
        <translation>选交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/materials_table.py" line="59" />
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/materials_table.py" line="62" />
        <source>Does not concern this applicant: it is not demanded</source>
        <translation>与本申请人无关：不要求提交</translation>
    </message>
</context>
<context>
    <name>Mediation</name>
    <message>
        <location filename="../../desk/core/mediation.py" line="22" />
        <source>Mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="23" />
        <source>Community police</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="24" />
        <source>Counsel lawyer</source>
        <translation>法律顾问（律师）</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="27" />
        <source>Application by a party</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="28" />
        <source>Committee's own initiative</source>
        <translation>人民调解委员会主动调解</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="29" />
        <source>Referral from a service window</source>
        <translation>窗口移交</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="30" />
        <source>Referral from the grid worker</source>
        <translation>网格员移交</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="40" />
        <source>Settled</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="41" />
        <source>Not settled</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="42" />
        <source>Terminated</source>
        <translation>终止调解</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="45" />
        <source>Fully performed</source>
        <translation>已全部履行</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="46" />
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="47" />
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <location filename="../../desk/core/mediation.py" line="48" />
        <source>Not yet due</source>
        <translation>履行期限未到</translation>
    </message>
</context>
<context>
    <name>MediationCasesPage</name>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="42" />
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="46" />
        <source>Register a request…</source>
        <translation>受理登记…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="52" />
        <source>You can register a party's request here. Case records are read by the mediators.</source>
        <translation>您可以在此登记当事人的调解申请；案件记录由调解员查阅。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="59" />
        <source>case number, dispute or party name</source>
        <translation>案号、纠纷名称或当事人姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="62" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="62" />
        <location filename="../../desk/ui/mediation/cases_page.py" line="70" />
        <source>registered</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="63" />
        <location filename="../../desk/ui/mediation/cases_page.py" line="70" />
        <source>being mediated</source>
        <translation>调解中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="63" />
        <location filename="../../desk/ui/mediation/cases_page.py" line="71" />
        <location filename="../../desk/ui/mediation/cases_page.py" line="72" />
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="72" />
        <source>open until {0}</source>
        <translation>可申请至 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="72" />
        <source>closes {0}!</source>
        <translation>{0} 到期！</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="73" />
        <source>applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="73" />
        <source>not signed</source>
        <translation>未签署</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="75" />
        <source>Number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="76" />
        <source>Dispute</source>
        <translation>纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="77" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="78" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="79" />
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="80" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="81" />
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="110" />
        <source>Judicial confirmation window closing soon: {0}</source>
        <translation>申请司法确认期限即将届满：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="140" />
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/cases_page.py" line="141" />
        <source>The request is registered as case {0}.</source>
        <translation>申请已登记，案号 {0}。</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="27" />
        <source>Waiting for my window</source>
        <translation>本窗口等候</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="28" />
        <source>Served at my window today</source>
        <translation>本窗口今日已办</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="29" />
        <source>My applications in progress</source>
        <translation>我承办的在办件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="30" />
        <source>Mine due soon</source>
        <translation>我的即将到期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="31" />
        <source>Mine overdue</source>
        <translation>我的已超期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="32" />
        <location filename="../../desk/ui/pages/home_day.py" line="44" />
        <source>My sessions today</source>
        <translation>我今日的调解</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="33" />
        <location filename="../../desk/ui/pages/home_day.py" line="45" />
        <source>Agreements awaiting signatures</source>
        <translation>待签署的调解协议</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="34" />
        <source>Judicial confirmation closing</source>
        <translation>司法确认期限将至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="35" />
        <source>Tickets issued today</source>
        <translation>今日取号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="36" />
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="37" />
        <source>Served today</source>
        <translation>今日已办</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="38" />
        <source>Applications registered today</source>
        <translation>今日登记申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="39" />
        <source>Overdue applications</source>
        <translation>超期件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="40" />
        <source>Bad ratings to follow up</source>
        <translation>待回访差评</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="43" />
        <source>My applications due (last day)</source>
        <translation>我承办的到期件（办结期限）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="46" />
        <source>Judicial confirmation: last day to apply</source>
        <translation>司法确认：申请截止日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="51" />
        <source>Station today</source>
        <translation>全站今日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="53" />
        <source>My window</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="54" />
        <source>My applications</source>
        <translation>我的办件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="55" />
        <source>My mediation</source>
        <translation>我的调解</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/home_day.py" line="173" />
        <source>Nothing today.</source>
        <translation>今日无。</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="30" />
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="31" />
        <source>Queue</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="33" />
        <source>Queue setup</source>
        <translation>排队设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="35" />
        <source>One-window intake</source>
        <translation>一窗受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="37" />
        <source>Cases</source>
        <translation>办件查询</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="39" />
        <source>Supervision (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="41" />
        <source>Consultations</source>
        <translation>咨询登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="43" />
        <source>Ratings and follow-ups</source>
        <translation>好差评与回访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="45" />
        <source>Service catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="47" />
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="49" />
        <source>Mediation rooms</source>
        <translation>调解室预约</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="51" />
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="53" />
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="55" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="57" />
        <source>Station</source>
        <translation>站点信息</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="59" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="61" />
        <source>Personal-data reads</source>
        <translation>个人信息查阅</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="63" />
        <source>Issued documents</source>
        <translation>已出具文书</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/__init__.py" line="65" />
        <source>Daily log</source>
        <translation>工作日志</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../desk/ui/report/notes.py" line="31" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/notes.py" line="32" />
        <source>Written</source>
        <translation>填写时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/notes.py" line="33" />
        <source>By</source>
        <translation>填写人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/notes.py" line="34" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/notes.py" line="40" />
        <source>What the district should know about this day: incidents, extra windows opened, staff absent…</source>
        <translation>需要向街道说明的当日情况：突发事件、临时加开窗口、人员缺岗……</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/notes.py" line="45" />
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/notes.py" line="47" />
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/notes.py" line="49" />
        <source>Delete note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/notes.py" line="63" />
        <source>Notes of every day in the range. Choose a single day to write one.</source>
        <translation>所选范围内各天的备注。选择单独一天才能填写备注。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/notes.py" line="65" />
        <source>This day is closed: its notes are part of the signed log and can no longer be changed.</source>
        <translation>本日已关账：备注已随日志签名，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/notes.py" line="68" />
        <source>Only the station manager writes notes.</source>
        <translation>只有站长可以填写备注。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/notes.py" line="70" />
        <source>Notes can be changed until the day is closed.</source>
        <translation>关账前可以修改备注。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="78" />
        <source>Type of dispute</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="78" />
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="79" />
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="79" />
        <source>Mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="80" />
        <source>Brief facts</source>
        <translation>纠纷简要情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="80" />
        <source>Requests</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="81" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="81" />
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="88" />
        <source>Edit case…</source>
        <translation>修改案件…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="92" />
        <source>Close the case…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="92" />
        <source>Reopen…</source>
        <translation>重新调解…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="102" />
        <source>registered</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="102" />
        <source>being mediated</source>
        <translation>调解中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="103" />
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="107" />
        <source>{0}, registered by {1}</source>
        <translation>{0}，登记人 {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="108" />
        <source>not assigned yet</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="136" />
        <source>Reopen</source>
        <translation>重新调解</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_detail.py" line="136" />
        <source>Why is the case reopened?</source>
        <translation>重新调解的原因：</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <location filename="../../desk/ui/paging.py" line="48" />
        <source>‹ Newer</source>
        <translation>‹ 较新</translation>
    </message>
    <message>
        <location filename="../../desk/ui/paging.py" line="49" />
        <source>Older ›</source>
        <translation>较早 ›</translation>
    </message>
    <message>
        <location filename="../../desk/ui/paging.py" line="73" />
        <source>{0}–{1} of {2}</source>
        <translation>第 {0}–{1} 条，共 {2} 条</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="56" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="56" />
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="58" />
        <source>Side</source>
        <translation>当事人地位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="59" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="60" />
        <source>Sex / age</source>
        <translation>性别 / 年龄</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="60" />
        <source>organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="61" />
        <source>ID number / credit code</source>
        <translation>身份证号 / 信用代码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="62" />
        <source>Phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="63" />
        <source>Work unit or address</source>
        <translation>单位或住址</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="70" />
        <source>Add party…</source>
        <translation>添加当事人…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="70" />
        <source>Correct…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="71" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="29" />
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="34" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="35" />
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="37" />
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="38" />
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="41" />
        <location filename="../../desk/ui/mediation/party_dialog.py" line="47" />
        <source>(from ID number)</source>
        <translation>（按身份证号）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="50" />
        <source>optional; 18 digits</source>
        <translation>可不填；18 位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="53" />
        <source>Side</source>
        <translation>当事人地位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="53" />
        <source>Person or organisation</source>
        <translation>自然人或单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="54" />
        <source>Name</source>
        <translation>姓名或名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="54" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="54" />
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="55" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="55" />
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="56" />
        <location filename="../../desk/ui/mediation/party_dialog.py" line="106" />
        <source>Occupation or position</source>
        <translation>职业或职务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="56" />
        <source>Phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="57" />
        <source>Work unit or address</source>
        <translation>单位或住址</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="57" />
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="58" />
        <source>Legal representative</source>
        <translation>法定代表人或负责人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="59" />
        <source>Representative or agent at the mediation</source>
        <translation>参加调解的代表人或委托代理人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/party_dialog.py" line="106" />
        <source>Legal representative's title</source>
        <translation>法定代表人职务</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <location filename="../../desk/ui/intake/pledge_dialog.py" line="27" />
        <location filename="../../desk/ui/intake/pledge_dialog.py" line="50" />
        <source>Accept with 容缺</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/pledge_dialog.py" line="31" />
        <source>Accept now; the applicant brings these 容缺 materials later and signs the 承诺书 that prints next:</source>
        <translation>现在受理；申请人后补下列容缺材料，并签署随后打印的承诺书：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/pledge_dialog.py" line="35" />
        <source>容缺 materials to be brought by</source>
        <translation>容缺材料补交期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/pledge_dialog.py" line="57" />
        <source>Choose the date yourself: the calendar cannot count it.</source>
        <translation>请自行选择日期：工作日历无法计算。</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desk/ui/printing.py" line="74" />
        <source>Preview — {0}</source>
        <translation>预览 — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="95" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="98" />
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="100" />
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="102" />
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="118" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="120" />
        <source>Choose the printer and print (Ctrl+P)</source>
        <translation>选择打印机并打印（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="122" />
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="124" />
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>将文书保存为 PDF 文件（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="126" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="154" />
        <source>No printer is installed on this computer. Save the document as PDF and print it from another computer, or ask the administrator to install a printer.</source>
        <translation>本机未安装打印机。请将文书另存为 PDF 后在其他电脑上打印，或请管理员安装打印机。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="177" />
        <source>1 page</source>
        <translation>共 1 页</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="179" />
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="237" />
        <source>Print — {0}</source>
        <translation>打印 — {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="265" />
        <source>Sent {0} page(s) to {1}.</source>
        <translation>已将 {0} 页发送到 {1}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="272" />
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="272" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="280" />
        <source>The file could not be saved ({0}). Choose another folder, for example your Documents folder, and save again.</source>
        <translation>文件无法保存（{0}）。请选择其他文件夹（例如“文档”文件夹）后重新保存。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/printing.py" line="283" />
        <source>Saved as {0}.</source>
        <translation>已保存为 {0}。</translation>
    </message>
</context>
<context>
    <name>PrintFormsDialog</name>
    <message>
        <location filename="../../desk/ui/mediation/print_forms.py" line="96" />
        <source>Print documents</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/print_forms.py" line="98" />
        <source>The forms of this case, filled from what it holds:</source>
        <translation>本案的文书（按案件中已有的内容填写）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/print_forms.py" line="102" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desk/ui/print_engine.py" line="52" />
        <source>No printer is installed on this computer, so nothing was printed. Ask the administrator to install the printer; until then, open the document and save it as PDF.</source>
        <translation>本机未安装打印机，未能打印。请联系管理员安装打印机；在此之前，可打开文书并另存为 PDF。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_engine.py" line="55" />
        <source>No printer is chosen for these documents and this computer has no default printer. Choose the printer in Settings (terminal settings), then print again.</source>
        <translation>尚未为此类文书选择打印机，本机也没有默认打印机。请在“设置”（本机设置）中选择打印机后重新打印。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_engine.py" line="58" />
        <source>The printer "{printer}" chosen for these documents is not available. Check that it is switched on and connected, or choose another printer in Settings, then print again.</source>
        <translation>为此类文书选择的打印机“{printer}”不可用。请检查打印机是否已开机并连接，或在“设置”中选择其他打印机，然后重新打印。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_engine.py" line="61" />
        <source>The printer "{printer}" could not start printing. Check that it is switched on, connected and has paper, then print again.</source>
        <translation>打印机“{printer}”无法开始打印。请检查打印机是否已开机、已连接且有纸，然后重新打印。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_engine.py" line="64" />
        <source>The printer "{printer}" reported an error while printing; the document may be incomplete. Check its paper and display, then print again.</source>
        <translation>打印机“{printer}”在打印时报告错误，文书可能打印不完整。请检查纸张和打印机显示屏，然后重新打印。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_engine.py" line="67" />
        <source>The document could not be prepared for printing ({reason}). Try again; if it happens again, tell the administrator.</source>
        <translation>文书无法准备打印（{reason}）。请重试；如再次出现，请告知管理员。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/print_engine.py" line="70" />
        <source>the PDF file</source>
        <translation>PDF 文件</translation>
    </message>
</context>
<context>
    <name>ProxyBox</name>
    <message>
        <location filename="../../desk/ui/intake/proxy_box.py" line="16" />
        <source>Someone else carries the file (帮办代办)</source>
        <translation>他人代为递交（帮办代办）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/proxy_box.py" line="26" />
        <source>e.g. daughter, grid worker (网格员)</source>
        <translation>如：女儿、网格员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/proxy_box.py" line="28" />
        <source>Proxy's name</source>
        <translation>代办人姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/proxy_box.py" line="29" />
        <source>Proxy's document</source>
        <translation>代办人证件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/proxy_box.py" line="30" />
        <source>Relation</source>
        <translation>与申请人关系</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/proxy_box.py" line="31" />
        <source>Proxy's phone</source>
        <translation>代办人电话</translation>
    </message>
</context>
<context>
    <name>QueueSetupPage</name>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="139" />
        <source>Queue set-up</source>
        <translation>排队叫号设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="146" />
        <source>Services</source>
        <translation>排队业务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="147" />
        <source>Windows</source>
        <translation>窗口业务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="148" />
        <source>Priority and notices</source>
        <translation>优先规则与提示语</translation>
    </message>
</context>
<context>
    <name>QueueText</name>
    <message>
        <location filename="../../desk/ui/queue/fmt.py" line="13" />
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
</context>
<context>
    <name>QueueWorkbench</name>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="115" />
        <source>Call next</source>
        <translation>叫下一号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="116" />
        <source>Call again</source>
        <translation>重呼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="117" />
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="118" />
        <source>Start</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="119" />
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="120" />
        <source>Transfer…</source>
        <translation>转办…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="121" />
        <source>Call a number…</source>
        <translation>指定叫号…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="122" />
        <source>Call back a missed number…</source>
        <translation>过号重呼…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="123" />
        <source>Number for a walk-in…</source>
        <translation>窗口代取号…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="124" />
        <source>Take a break</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="152" />
        <source>This terminal has no window number. Set it in Desk › Terminal settings (Ctrl+,) to call numbers here.</source>
        <translation>本机尚未设置窗口号。请在“工作台 › 终端设置”（Ctrl+,）中设置后再叫号。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="170" />
        <source>no services assigned — ask the manager</source>
        <translation>尚未分配业务，请联系站长</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="171" />
        <source>Window {0}: {1}</source>
        <translation>{0} 号窗口：{1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="172" />
        <source>  (on a break)</source>
        <translation>（暂停服务中）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="174" />
        <source>Resume  (F10)</source>
        <translation>恢复服务  (F10)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="174" />
        <source>Take a break  (F10)</source>
        <translation>暂停服务  (F10)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="185" />
        <source>On a break</source>
        <translation>暂停服务中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="185" />
        <source>Nobody at the window</source>
        <translation>窗口空闲</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="186" />
        <source>Press F1 to call the next number.</source>
        <translation>按 F1 叫下一个号。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="191" />
        <source>waited {0}</source>
        <translation>已等候 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="193" />
        <source>called {0} times</source>
        <translation>已呼叫 {0} 次</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="195" />
        <source>serving for {0}</source>
        <translation>已办理 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="201" />
        <source>priority (green channel)</source>
        <translation>优先（绿色通道）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="256" />
        <source>Nobody is waiting for this window's services.</source>
        <translation>本窗口的业务暂无人等候。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="259" />
        <source>{0} called again: the hall display announces it once more.</source>
        <translation>已重呼 {0}：大屏将再播报一次。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="262" />
        <source>{0} marked as missed; it can be called back with F8.</source>
        <translation>{0} 已记为过号，可按 F8 回呼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="265" />
        <source>Serving {0}.</source>
        <translation>正在办理 {0}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="268" />
        <source>{0} finished. Press F1 for the next number.</source>
        <translation>{0} 已办结。按 F1 呼叫下一位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="286" />
        <source>Call a number out of turn</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="289" />
        <source>Call back a missed number</source>
        <translation>过号重呼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench.py" line="311" />
        <source>Number {0} issued for {1}.</source>
        <translation>已为{1}取号 {0}。</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <location filename="../../desk/services/intake/ratings.py" line="26" />
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/ratings.py" line="27" />
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/ratings.py" line="28" />
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/ratings.py" line="29" />
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../desk/services/intake/ratings.py" line="30" />
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../../desk/ui/intake/rating_dialog.py" line="34" />
        <source>How satisfied are you with our service?</source>
        <translation>请您对我们的服务进行评价</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/rating_dialog.py" line="36" />
        <source>How satisfied are you with our service today? Touch one button.</source>
        <translation>您对今天的服务满意吗？请点按一个按钮。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/rating_dialog.py" line="57" />
        <source>Please tell us what went wrong (optional):</source>
        <translation>请告诉我们哪里做得不好（可不填）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/rating_dialog.py" line="64" />
        <source>Submit</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>RatingsPage</name>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="39" />
        <source>Ratings and follow-ups</source>
        <translation>好差评与回访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="42" />
        <source>Only open follow-ups</source>
        <translation>只看待回访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="49" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="50" />
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="52" />
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="53" />
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="54" />
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="55" />
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="57" />
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="68" />
        <source>Record follow-up outcome…</source>
        <translation>登记回访结果…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="77" />
        <source>unknown: no {0} calendar</source>
        <translation>未知：缺 {0} 年日历</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="78" />
        <source>open, due {0}</source>
        <translation>待回访，期限 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="80" />
        <source>closed by {0}</source>
        <translation>已由 {0} 回访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="94" />
        <source>{0} ratings shown, {1} satisfied or better; {2} follow-ups open.</source>
        <translation>共 {0} 条评价，满意及以上 {1} 条；待回访 {2} 条。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="102" />
        <source>Follow-up outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/ratings_page.py" line="103" />
        <source>What was done and what did the citizen say?</source>
        <translation>做了哪些处理？群众怎么说？</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="169" />
        <source>Mediation record</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="169" />
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="171" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="172" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="173" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="174" />
        <source>Result</source>
        <translation>结果 / 被调查人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="185" />
        <source>Add mediation record…</source>
        <translation>添加调解记录…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="186" />
        <source>Add investigation record…</source>
        <translation>添加调查记录…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="210" />
        <source>Recorder: {0}</source>
        <translation>记录人：{0}</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../desk/ui/intake/refusal_dialog.py" line="33" />
        <source>Refuse the application</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/refusal_dialog.py" line="38" />
        <source>Why it is refused, in words the applicant understands</source>
        <translation>不予受理的理由（用申请人能看懂的话写明）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/refusal_dialog.py" line="46" />
        <source>Only if it is not this station's matter, e.g. 平安区民政局</source>
        <translation>仅当事项不属本站职权时填写，如：平安区民政局</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/refusal_dialog.py" line="48" />
        <source>The notice also names the review body and the court from the Station page, with the time limits for both.</source>
        <translation>通知书还将写明“站点信息”页中的行政复议机关和人民法院，以及两项期限。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/refusal_dialog.py" line="51" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/refusal_dialog.py" line="52" />
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/refusal_dialog.py" line="53" />
        <source>Apply instead to</source>
        <translation>应向何机关申请</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/refusal_dialog.py" line="59" />
        <source>Refuse and print the notice</source>
        <translation>不予受理并打印通知书</translation>
    </message>
</context>
<context>
    <name>RegisterCaseDialog</name>
    <message>
        <location filename="../../desk/ui/mediation/register_dialog.py" line="35" />
        <source>Register a mediation request</source>
        <translation>受理登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/register_dialog.py" line="45" />
        <source>Add party…</source>
        <translation>添加当事人…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/register_dialog.py" line="45" />
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/register_dialog.py" line="46" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/register_dialog.py" line="54" />
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/register_dialog.py" line="65" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/register_dialog.py" line="65" />
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <location filename="../../desk/ui/mediation/roster_removal.py" line="48" />
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_removal.py" line="71" />
        <source>Nothing to remove.</source>
        <translation>没有可删除的项目。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_removal.py" line="87" />
        <source>Removed: {0}</source>
        <translation>已删除：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_removal.py" line="102" />
        <source>Remove a weekly shift</source>
        <translation>删除每周班次</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_removal.py" line="114" />
        <source>day off</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_removal.py" line="115" />
        <source>extra shift {0}</source>
        <translation>加班 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_removal.py" line="121" />
        <source>Remove a day off or extra shift</source>
        <translation>删除休息或加班</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_removal.py" line="135" />
        <source>Remove a room closure day</source>
        <translation>删除调解室停用日</translation>
    </message>
</context>
<context>
    <name>RepeatQuestion</name>
    <message>
        <location filename="../../desk/ui/intake/repeat_question.py" line="17" />
        <source>Same applicant and item today</source>
        <translation>今天已办理同一申请人的同一事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/repeat_question.py" line="19" />
        <source>{0} already has case {1} ({2}) for “{3}” today.

Save a second case with its own receipt number? Choose this only for a genuinely separate application.</source>
        <translation>{0} 今天已有“{3}”的办件 {1}（{2}）。

是否另行登记一件，使用新的受理编号？仅在确属另一份申请时选择。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/repeat_question.py" line="22" />
        <source>Save a second case</source>
        <translation>另行登记一件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/repeat_question.py" line="23" />
        <source>Do not save</source>
        <translation>不保存</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../desk/ui/report/charts.py" line="66" />
        <source>Volume by service</source>
        <translation>按业务取号量</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/charts.py" line="67" />
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/charts.py" line="68" />
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/charts.py" line="69" />
        <source>tickets</source>
        <translation>号数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/charts.py" line="71" />
        <source>Waits by hour</source>
        <translation>按时段等候时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/charts.py" line="72" />
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/charts.py" line="73" />
        <source>90th percentile</source>
        <translation>90%等候</translation>
    </message>
    <message>
        <location filename="../../desk/ui/report/charts.py" line="74" />
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>ReportFigure</name>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="39" />
        <location filename="../../desk/services/report/mediation_figures.py" line="34" />
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="39" />
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="39" />
        <source>Materials missing</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="40" />
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="40" />
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="40" />
        <source>Overdue at end</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="41" />
        <source>Due soon at end</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="41" />
        <source>容缺 accepted</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="42" />
        <source>容缺 overdue at end</source>
        <translation>期末容缺逾期</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="137" />
        <source>Cases by item</source>
        <translation>按事项统计办件</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="138" />
        <location filename="../../desk/services/report/intake_figures.py" line="158" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="154" />
        <source>Walk-in</source>
        <translation>现场</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="155" />
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="156" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="157" />
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="167" />
        <source>Ratings by level</source>
        <translation>好差评</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="168" />
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="169" />
        <source>Level</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="182" />
        <source>Bad-rating follow-ups</source>
        <translation>差评回访</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="183" />
        <source>Opened</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="183" />
        <source>Closed</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="184" />
        <source>Open at end</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="185" />
        <source>Past due at end</source>
        <translation>超期未办</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="191" />
        <location filename="../../desk/services/report/model.py" line="148" />
        <source>Applications</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/intake_figures.py" line="194" />
        <source>Accepted: registered in the period and accepted by its end. Completed: completed in the period. Overdue and due soon: deadlines still running at the end of the last day.</source>
        <translation>受理：期间内登记且在期末前受理的件。办结：期间内办结的件。逾期、临期：最后一天结束时仍在办理中的件。</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="34" />
        <source>Sessions held</source>
        <translation>调解次数</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="34" />
        <source>Cases heard</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="35" />
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="35" />
        <source>Failed</source>
        <translation>不成功</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="35" />
        <source>Terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="36" />
        <source>Agreements signed</source>
        <translation>签订协议</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="73" />
        <source>Mediations by dispute type</source>
        <translation>按纠纷类型统计调解</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="74" />
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="105" />
        <source>Room bookings</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="106" />
        <source>Bookings cancelled</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="107" />
        <source>Follow-up visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="108" />
        <source>Follow-ups due at end</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="109" />
        <source>Bookings and follow-ups</source>
        <translation>调解室预约与回访</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="114" />
        <location filename="../../desk/services/report/model.py" line="149" />
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/mediation_figures.py" line="116" />
        <source>Registered: accepted in the period. Succeeded, failed, terminated: closed in the period. Follow-ups due: agreements with a term past its performance deadline and no visit since.</source>
        <translation>登记：期间内受理的调解案件。成功、不成功、终止：期间内结案的案件。待回访：有协议内容已过履行期限、且此后尚未回访的协议。</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/model.py" line="147" />
        <location filename="../../desk/services/report/queue_figures.py" line="218" />
        <source>Queue</source>
        <translation>叫号</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="41" />
        <location filename="../../desk/services/report/queue_figures.py" line="64" />
        <source>Wait, mean</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="41" />
        <source>Wait, median</source>
        <translation>中位等候</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="42" />
        <location filename="../../desk/services/report/queue_figures.py" line="65" />
        <source>Wait, 90th percentile</source>
        <translation>90%等候</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="43" />
        <source>Service, mean</source>
        <translation>平均办理</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="43" />
        <source>Service, median</source>
        <translation>中位办理</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="44" />
        <source>Service, 90th percentile</source>
        <translation>90%办理</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="51" />
        <location filename="../../desk/services/report/queue_figures.py" line="62" />
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="51" />
        <location filename="../../desk/services/report/queue_figures.py" line="58" />
        <location filename="../../desk/services/report/queue_figures.py" line="62" />
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="52" />
        <location filename="../../desk/services/report/queue_figures.py" line="59" />
        <location filename="../../desk/services/report/queue_figures.py" line="63" />
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="52" />
        <source>Still open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="53" />
        <source>Transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="57" />
        <source>Called</source>
        <translation>叫号数</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="159" />
        <source>Tickets by service</source>
        <translation>按业务统计取号</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="160" />
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="210" />
        <source>Tickets and waits by hour</source>
        <translation>按时段统计</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="211" />
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="221" />
        <source>Waits and service by window</source>
        <translation>按窗口统计</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="223" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="224" />
        <source>Waits and service by clerk</source>
        <translation>按工作人员统计</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="226" />
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../desk/services/report/queue_figures.py" line="227" />
        <source>By service: the service the number was taken for. Wait: from taking the number to the first call. Service time: from start to finish.</source>
        <translation>按业务：按取号时选择的业务统计。等候：取号到首次叫号。办理：开始办理到办结。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../desk/core/permissions.py" line="22" />
        <source>Window clerk</source>
        <translation>窗口工作人员</translation>
    </message>
    <message>
        <location filename="../../desk/core/permissions.py" line="23" />
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location filename="../../desk/core/permissions.py" line="24" />
        <source>Station manager</source>
        <translation>站长</translation>
    </message>
    <message>
        <location filename="../../desk/core/permissions.py" line="25" />
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>RosterDialogs</name>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="111" />
        <source>Person on the roster</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="99" />
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="210" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="87" />
        <source>Active (can be booked)</source>
        <translation>在用（可预约）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="100" />
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="101" />
        <source>Organisation</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="102" />
        <source>Phone</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="136" />
        <source>Weekly shift</source>
        <translation>每周值班</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="138" />
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="171" />
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="139" />
        <source>Every</source>
        <translation>每逢</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="140" />
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="141" />
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="142" />
        <source>Starting on</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="143" />
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="176" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="165" />
        <source>Day off</source>
        <translation>调休（不值班）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="166" />
        <source>Extra shift</source>
        <translation>加班</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="169" />
        <source>Change to the duty roster</source>
        <translation>值班调整</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="172" />
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="260" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="173" />
        <source>Change</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="174" />
        <source>From (extra shift)</source>
        <translation>开始（加班）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="175" />
        <source>Until (extra shift)</source>
        <translation>结束（加班）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="225" />
        <source>Mediation room</source>
        <translation>调解室</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="211" />
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="212" />
        <source>Opens</source>
        <translation>开放时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="213" />
        <source>Closes</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="214" />
        <source>Open on</source>
        <translation>开放日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="215" />
        <source>Buffer after each booking (minutes)</source>
        <translation>每次预约后预留（分钟）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="257" />
        <source>Room closed for a day</source>
        <translation>调解室停用日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="259" />
        <source>Room</source>
        <translation>调解室</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_dialogs.py" line="261" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="50" />
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="54" />
        <source>◀ Earlier</source>
        <translation>◀ 向前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="54" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="54" />
        <source>Later ▶</source>
        <translation>向后 ▶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="67" />
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="68" />
        <source>Add weekly shift…</source>
        <translation>添加每周值班…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="69" />
        <source>Day off / extra shift…</source>
        <translation>调休 / 加班…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="70" />
        <source>Edit person…</source>
        <translation>修改人员…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="71" />
        <source>Add room…</source>
        <translation>添加调解室…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="72" />
        <source>Edit room…</source>
        <translation>修改调解室…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="73" />
        <source>Room closed on a day…</source>
        <translation>调解室停用日…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="74" />
        <source>Remove weekly shift…</source>
        <translation>删除每周班次…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="75" />
        <source>Remove day off / extra shift…</source>
        <translation>删除休息/加班…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="76" />
        <source>Remove closure day…</source>
        <translation>删除停用日…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="111" />
        <source>{0} (retired)</source>
        <translation>{0}（已停用）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="119" />
        <source>Which person?</source>
        <translation>修改哪位人员？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="124" />
        <source>Which room?</source>
        <translation>修改哪间调解室？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="143" />
        <source>Rooms closed</source>
        <translation>调解室停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/roster_page.py" line="148" />
        <source> (extra)</source>
        <translation>（加班）</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <location filename="../../desk/ui/queue/setup_sections.py" line="138" />
        <source>Normal numbers per priority number</source>
        <translation>每个优先号之间的普通号数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_sections.py" line="139" />
        <source>A priority number (green channel) is called first, but at most one for this many normal numbers while others wait, so nobody waits for ever.</source>
        <translation>优先号（绿色通道）优先呼叫，但有普通号等候时，每叫这么多个普通号最多插入一个优先号，以免有人一直等不到。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_sections.py" line="144" />
        <source>Notice on the slip</source>
        <translation>凭条提示语</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_sections.py" line="145" />
        <source>Scrolling notice on the hall display</source>
        <translation>大屏滚动提示</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_sections.py" line="152" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_sections.py" line="173" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SafeFileDialog</name>
    <message>
        <location filename="../../desk/ui/file_dialogs.py" line="39" />
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/file_dialogs.py" line="67" />
        <source>{0} is part of the Grid Desk database in use. Choose another file; Grid Desk's own files must never be opened or overwritten by hand.</source>
        <translation>{0} 是正在使用的网格工作站数据库的一部分。请选择其他文件；网格工作站自身的文件不得手动打开或覆盖。</translation>
    </message>
</context>
<context>
    <name>ServicesSection</name>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="34" />
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="35" />
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="36" />
        <source>Daily cap</source>
        <translation>每日限号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="36" />
        <source>none</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="38" />
        <source>Numbers issued</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="39" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="39" />
        <source>open</source>
        <translation>可取号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="39" />
        <source>closed</source>
        <translation>停止取号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="56" />
        <source>no cap</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="59" />
        <source>Issuing numbers</source>
        <translation>开放取号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="67" />
        <source>Prefix letter</source>
        <translation>号码前缀</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="68" />
        <source>Service name</source>
        <translation>业务名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="69" />
        <source>Numbers per day</source>
        <translation>每日限号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="70" />
        <source>Numbers issued from – to</source>
        <translation>取号时间（起–止）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="71" />
        <source>Order on the kiosk</source>
        <translation>取号机上的顺序</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="80" />
        <source>New service</source>
        <translation>新增业务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="82" />
        <source>Save service</source>
        <translation>保存业务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_page.py" line="130" />
        <source>Saved {0} {1}.</source>
        <translation>已保存 {0} {1}。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="120" />
        <source>Investigation record</source>
        <translation>调查记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="120" />
        <source>Mediation record</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="128" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="129" />
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="130" />
        <source>Investigators</source>
        <translation>调查人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="130" />
        <source>Others present</source>
        <translation>参加人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="132" />
        <source>Person questioned</source>
        <translation>被调查人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="133" />
        <source>What was said</source>
        <translation>记录内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="135" />
        <source>Result</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/case_tabs.py" line="136" />
        <source>Recorder</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="21" />
        <source>Queue slips (80 mm)</source>
        <translation>排队小票（80 毫米）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="22" />
        <source>A4 documents (receipts, notices, agreements)</source>
        <translation>A4 文书（回执、告知书、协议书）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="36" />
        <source>Terminal settings</source>
        <translation>终端设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="40" />
        <source>none (not a service window)</source>
        <translation>无（非服务窗口）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="51" />
        <source>Window number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="52" />
        <source>Terminal name</source>
        <translation>终端名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="53" />
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="54" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="59" />
        <source>No printer is installed on this computer. Documents can still be saved as PDF.</source>
        <translation>本机未安装打印机。文书仍可另存为 PDF。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="64" />
        <source>System default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="73" />
        <source>Language and theme take effect the next time you sign in.</source>
        <translation>界面语言和主题在下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/terminal_settings.py" line="23" />
        <source>Light blue</source>
        <translation>浅蓝</translation>
    </message>
    <message>
        <location filename="../../desk/ui/terminal_settings.py" line="24" />
        <source>Light teal</source>
        <translation>浅青</translation>
    </message>
    <message>
        <location filename="../../desk/ui/terminal_settings.py" line="25" />
        <source>Light amber</source>
        <translation>浅琥珀</translation>
    </message>
    <message>
        <location filename="../../desk/ui/terminal_settings.py" line="26" />
        <source>Dark blue</source>
        <translation>深蓝</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desk/ui/signin.py" line="51" />
        <source>Grid Desk — sign in</source>
        <translation>网格工作站前台 — 登录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="54" />
        <source>Grid Desk</source>
        <translation>网格工作站前台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="57" />
        <source>Community service station front desk</source>
        <translation>社区服务站前台系统</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="59" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="90" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="96" />
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="97" />
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="106" />
        <source>This is a new database. Create the administrator account; there is no default password.</source>
        <translation>这是一个新数据库。请创建系统管理员账号（没有默认密码）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="117" />
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="118" />
        <source>Administrator user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="119" />
        <source>Administrator's name</source>
        <translation>管理员姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="120" />
        <source>Password (10+ characters)</source>
        <translation>密码（至少 10 位）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="121" />
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="122" />
        <source>Create administrator and sign in</source>
        <translation>创建管理员并登录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="135" />
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="172" />
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="217" />
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/signin.py" line="250" />
        <source>Sign in with your own account: the database server checks your password.</source>
        <translation>请用您本人的账号登录：密码由数据库服务器核验。</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <location filename="../../desk/ui/sign_out.py" line="29" />
        <source>{0} is still at window {1}. Finish it before you sign out?</source>
        <translation>{0} 号仍在 {1} 号窗口办理。退出登录前是否办结？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sign_out.py" line="30" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sign_out.py" line="33" />
        <source>Finish {0} and sign out</source>
        <translation>办结 {0} 并退出登录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sign_out.py" line="35" />
        <source>Sign out, leave {0} at the window</source>
        <translation>退出登录，{0} 留在窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/sign_out.py" line="37" />
        <source>Stay signed in</source>
        <translation>不退出</translation>
    </message>
</context>
<context>
    <name>SignedDialog</name>
    <message>
        <location filename="../../desk/ui/mediation/signing_dialogs.py" line="75" />
        <source>Record signatures and seal</source>
        <translation>登记签名盖章</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/signing_dialogs.py" line="77" />
        <source>The agreement takes effect on the day every party has signed, sealed or pressed a fingerprint, the mediator has signed and the committee's seal is on every copy (人民调解法 Art. 29). After this it can no longer be changed.</source>
        <translation>调解协议书自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效（人民调解法第二十九条）。登记后协议不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/signing_dialogs.py" line="82" />
        <source>Every party has signed, sealed or pressed a fingerprint on every copy</source>
        <translation>各方当事人已在每份协议上签名、盖章或按指印</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/signing_dialogs.py" line="83" />
        <source>The mediator has signed</source>
        <translation>人民调解员已签名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/signing_dialogs.py" line="84" />
        <source>The committee's seal is on every copy</source>
        <translation>每份协议均已加盖调委会印章</translation>
    </message>
    <message>
        <location filename="../../desk/ui/mediation/signing_dialogs.py" line="88" />
        <source>Date the last signature or seal was done</source>
        <translation>最后一项签署完成的日期</translation>
    </message>
</context>
<context>
    <name>SlipPrinting</name>
    <message>
        <location filename="../../desk/ui/queue/slip.py" line="42" />
        <source>The slip printer is not set up on this terminal; please note your number on the screen.</source>
        <translation>本机尚未设置凭条打印机，请记下屏幕上的号码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/slip.py" line="48" />
        <source>The slip could not be printed; please note your number on the screen.</source>
        <translation>凭条打印失败，请记下屏幕上的号码。</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="41" />
        <source>Station details</source>
        <translation>站点信息</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="44" />
        <source>These details head every receipt, notice and agreement this station prints.</source>
        <translation>这些信息将印在本站打印的每一份回执、告知书和协议书的抬头。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="51" />
        <source>Station name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="52" />
        <source>Mediation committee name</source>
        <translation>调解委员会名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="53" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="54" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="64" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="81" />
        <source>e.g. /media/usb/grid-desk (empty: none)</source>
        <translation>例如 /media/usb/grid-desk（留空：不使用）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="84" />
        <source>Save backup folder</source>
        <translation>保存备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="87" />
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="94" />
        <source>PostgreSQL: use the server's own backups (pg_dump)</source>
        <translation>PostgreSQL：请使用服务器自身的备份（pg_dump）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="118" />
        <location filename="../../desk/ui/pages/station.py" line="129" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station.py" line="128" />
        <source>Saved. Every backup is now also copied there.</source>
        <translation>已保存。今后每次备份都会同时复制到该文件夹。</translation>
    </message>
</context>
<context>
    <name>StationSetting</name>
    <message>
        <location filename="../../desk/core/station_settings.py" line="83" />
        <source>Each further wrong password doubles the wait.</source>
        <translation>此后每错一次，等待时间加倍。</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="88" />
        <source>Counted from the last wrong password; never shorter than twice the longest wait.</source>
        <translation>从最后一次密码错误起计算；不短于最长等待的两倍。</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="94" />
        <source>Empty: the receipt names this station's phone.</source>
        <translation>留空：回执上印本站电话。</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="97" />
        <source>A web address; {receipt_no} is replaced by the receipt number.</source>
        <translation>网址；其中的 {receipt_no} 会替换为受理编号。</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="101" />
        <source>Printed on refusal notices, e.g. 示范市平安区人民政府.</source>
        <translation>打印在不予受理通知书上，如：示范市平安区人民政府。</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="103" />
        <source>Printed on refusal notices, e.g. 示范市平安区人民法院.</source>
        <translation>打印在不予受理通知书上，如：示范市平安区人民法院。</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="110" />
        <source>Counted from the day of acceptance; printed on the 承诺书.</source>
        <translation>自受理之日起计算；印在承诺书上。</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="119" />
        <source>The organisation whose seal goes on receipts, notices and the daily log. Empty: the station name.</source>
        <translation>受理回执、告知书和工作日志上加盖印章的单位。留空：工作站名称。</translation>
    </message>
    <message>
        <location filename="../../desk/core/station_settings.py" line="123" />
        <source>The organisation whose seal goes on agreements and mediation forms. Empty: the mediation committee name.</source>
        <translation>调解协议书和调解文书上加盖印章的单位。留空：人民调解委员会名称。</translation>
    </message>
</context>
<context>
    <name>StationSettingsForm</name>
    <message>
        <location filename="../../desk/ui/pages/station_settings.py" line="37" />
        <source>Station settings</source>
        <translation>站点设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_settings.py" line="57" />
        <source>Next case number</source>
        <translation>下一个案号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_settings.py" line="67" />
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_settings.py" line="114" />
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="33" />
        <source>Supervision (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="40" />
        <source>Receipt no.</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="41" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="42" />
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="43" />
        <source>With</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="44" />
        <source>Deadline</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="46" />
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="48" />
        <source>Reminders</source>
        <translation>督办次数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="49" />
        <source>Last reminder</source>
        <translation>最近督办</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="62" />
        <source>Remind the clerk (督办)…</source>
        <translation>督办经办人…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="64" />
        <source>Open case</source>
        <translation>打开办件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="74" />
        <source>{0} overdue</source>
        <translation>已超期 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="86" />
        <source>{0} overdue, {1} due soon. Paused cases (time not counted) are not listed.</source>
        <translation>超期 {0} 件，临近到期 {1} 件。暂停计时的办件不列入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="97" />
        <source>Remind the clerk</source>
        <translation>督办经办人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/intake/supervision_page.py" line="98" />
        <source>Note to {0} (shown on the case):</source>
        <translation>给 {0} 的督办意见（显示在办件上）：</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <location filename="../../desk/services/queue/rows.py" line="31" />
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/rows.py" line="32" />
        <source>Called</source>
        <translation>已呼叫</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/rows.py" line="33" />
        <source>Being served</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/rows.py" line="34" />
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../desk/services/queue/rows.py" line="35" />
        <source>Missed (no-show)</source>
        <translation>过号</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="78" />
        <source>Transfer {0}</source>
        <translation>转办 {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="80" />
        <source>keep the same service</source>
        <translation>业务不变</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="95" />
        <source>any window that serves it</source>
        <translation>办理该业务的任一窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="97" />
        <source>Window {0}</source>
        <translation>{0} 号窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="83" />
        <source>optional, e.g. what the next window should check</source>
        <translation>可不填，例如请下一窗口核实的事项</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="85" />
        <source>To service</source>
        <translation>转到业务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="86" />
        <source>To window</source>
        <translation>转到窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="87" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="78" />
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="82" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="83" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="84" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="85" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="86" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="86" />
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="86" />
        <source>disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="88" />
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="89" />
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="94" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="94" />
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="95" />
        <source>Change role…</source>
        <translation>调整角色…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="96" />
        <source>Disable / enable</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="97" />
        <source>End sign-in wait</source>
        <translation>结束登录等待</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="127" />
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="128" />
        <source>New password for {0} (they must change it at next sign-in):</source>
        <translation>{0} 的新密码（下次登录时须修改）：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="138" />
        <source>Change role</source>
        <translation>调整角色</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/users.py" line="138" />
        <source>Role of {0}:</source>
        <translation>{0} 的角色：</translation>
    </message>
</context>
<context>
    <name>WaitingView</name>
    <message>
        <location filename="../../desk/ui/queue/waiting_view.py" line="44" />
        <location filename="../../desk/ui/queue/waiting_view.py" line="54" />
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/waiting_view.py" line="45" />
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/waiting_view.py" line="46" />
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/waiting_view.py" line="48" />
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/waiting_view.py" line="49" />
        <source>Issued today</source>
        <translation>今日已取</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/waiting_view.py" line="53" />
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/waiting_view.py" line="55" />
        <source>Taken at</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/waiting_view.py" line="56" />
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/waiting_view.py" line="57" />
        <source>For window</source>
        <translation>指定窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/waiting_view.py" line="61" />
        <source>Waiting per service</source>
        <translation>各业务等候情况</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/waiting_view.py" line="66" />
        <source>Waiting numbers for this window</source>
        <translation>本窗口等候号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/waiting_view.py" line="75" />
        <source>Waiting numbers for this window ({0})</source>
        <translation>本窗口等候号码（{0}）</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="116" />
        <source>Take a number for a walk-in</source>
        <translation>窗口代取号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="118" />
        <source>Priority (elderly, disabled, pregnant)</source>
        <translation>优先（老年人、残疾人、孕妇）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="121" />
        <source>Print the slip</source>
        <translation>打印凭条</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="123" />
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="125" />
        <source>Name (optional)</source>
        <translation>姓名（可不填）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/workbench_dialogs.py" line="126" />
        <source>Phone (optional)</source>
        <translation>电话（可不填）</translation>
    </message>
</context>
<context>
    <name>WindowsSection</name>
    <message>
        <location filename="../../desk/ui/queue/setup_sections.py" line="40" />
        <source>Tick the services this window serves and drag them (or use the arrows) into its order of preference: "call next" takes the first service that has someone waiting.</source>
        <translation>勾选本窗口办理的业务，并拖动（或用上移/下移按钮）排好优先顺序：“叫下一号”会先叫排在前面且有人等候的业务。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="30" />
        <source>Service windows</source>
        <translation>服务窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="34" />
        <location filename="../../desk/ui/queue/setup_sections.py" line="49" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="35" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="36" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="36" />
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="36" />
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="51" />
        <source>e.g. 社保医保窗口 (empty: just the number)</source>
        <translation>如：社保医保窗口（留空则只显示窗口号）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="52" />
        <source>Window number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="53" />
        <source>Window name</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="60" />
        <source>Add window</source>
        <translation>添加窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="61" />
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="62" />
        <location filename="../../desk/ui/pages/station_windows.py" line="91" />
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="63" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="64" />
        <source>Only a window that never served a ticket; retire any other.</source>
        <translation>仅限从未办理过业务的窗口；其他窗口请停用。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="90" />
        <source>Bring back</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="115" />
        <source>Window {0} added. Choose what it serves on the queue set-up page.</source>
        <translation>已添加 {0} 号窗口。请在排队设置页选择该窗口办理的业务。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="122" />
        <source>Window {0} renamed.</source>
        <translation>{0} 号窗口已改名。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="129" />
        <source>Window {0} retired.</source>
        <translation>{0} 号窗口已停用。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="130" />
        <source>Window {0} is in use again.</source>
        <translation>{0} 号窗口已恢复使用。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/pages/station_windows.py" line="136" />
        <source>Window {0} deleted.</source>
        <translation>已删除 {0} 号窗口。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_sections.py" line="56" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_sections.py" line="56" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_sections.py" line="59" />
        <source>Save window</source>
        <translation>保存窗口设置</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_sections.py" line="77" />
        <source>Window {0}</source>
        <translation>{0} 号窗口</translation>
    </message>
    <message>
        <location filename="../../desk/ui/queue/setup_sections.py" line="124" />
        <source>Saved window {0}.</source>
        <translation>已保存 {0} 号窗口。</translation>
    </message>
</context>
</TS>