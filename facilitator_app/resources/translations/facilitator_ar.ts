<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About {APP_NAME}</source>
            <translation>حول {APP_NAME}</translation>
        </message>
        <message>
            <source>Offline admin for in-person peer support groups: attendance, check-ins, notes, handouts and PDF exports. It never uses the internet: everything stays on this computer, or on your organisation's own server if you connect to one.</source>
            <translation>إدارة دون اتصال لمجموعات الدعم المتبادل الحضورية: الحضور، والاطمئنان، والملاحظات، والمطويات، وتصدير ملفات PDF. لا يستخدم الإنترنت أبدًا: يبقى كل شيء على هذا الحاسوب، أو على خادم مؤسستك الخاص إن اتصلت به.</translation>
        </message>
        <message>
            <source>{APP_NAME} is free software under the {licence} licence.</source>
            <translation>{APP_NAME} برنامج حر بموجب ترخيص {licence}.</translation>
        </message>
        <message>
            <source>Data file: {path}</source>
            <translation>ملف البيانات: {path}</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>المكوّن</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>الترخيص</translation>
        </message>
        <message>
            <source>Bundled components</source>
            <translation>المكوّنات المضمّنة</translation>
        </message>
        <message>
            <source>What the app is built with, and under which licence. Use the arrow keys to choose one; its licence text is shown below.</source>
            <translation>ما بُني به التطبيق وبأي ترخيص. استخدم مفاتيح الأسهم لاختيار أحدها؛ يظهر نص ترخيصه في الأسفل.</translation>
        </message>
        <message>
            <source>&amp;Bundled components and their licences:</source>
            <translation>المكوّنات المضمّنة وتراخيصها (&amp;B):</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>نص الترخيص</translation>
        </message>
        <message>
            <source>The licence text of the component chosen above (read only).</source>
            <translation>نص ترخيص المكوّن المختار في الأعلى (للقراءة فقط).</translation>
        </message>
        <message>
            <source>Licence &amp;text:</source>
            <translation>نص الترخيص (&amp;T):</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Close this window (Esc).</source>
            <translation>إغلاق هذه النافذة (Esc).</translation>
        </message>
    </context>
    <context>
        <name>AttendanceEntryBar</name>
        <message>
            <source>Type a name, press Enter</source>
            <translation>اكتب اسمًا واضغط Enter</translation>
        </message>
        <message>
            <source>Walk-in name</source>
            <translation>اسم القادم</translation>
        </message>
        <message>
            <source>Marks a member of the group present by name (current, former or joined later), or adds someone new and marks them present (Ctrl+W)</source>
            <translation>يسجّل حضور عضو في المجموعة باسمه (حالي أو سابق أو انضم لاحقًا)، أو يضيف شخصًا جديدًا ويسجّل حضوره (Ctrl+W)</translation>
        </message>
        <message>
            <source>&amp;Walk-in:</source>
            <translation>قادم دون موعد (&amp;W):</translation>
        </message>
        <message>
            <source>Anonymous visitors</source>
            <translation>زوار دون أسماء</translation>
        </message>
        <message>
            <source>Visitors who came without giving a name: a headcount only</source>
            <translation>زوار حضروا دون ذكر أسمائهم: يُحسب عددهم فقط</translation>
        </message>
        <message>
            <source>&amp;Visitors:</source>
            <translation>الزوار (&amp;V):</translation>
        </message>
    </context>
    <context>
        <name>AttendanceModel</name>
        <message>
            <source>No status yet</source>
            <translation>لا حالة بعد</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>About this session</source>
            <translation>عن هذه الجلسة</translation>
        </message>
        <message>
            <source>Schedule sessions…</source>
            <translation>جدولة الجلسات…</translation>
        </message>
        <message>
            <source>Schedule sessions</source>
            <translation>جدولة الجلسات</translation>
        </message>
        <message>
            <source>Create planned sessions following the group's pattern (Ctrl+Shift+S)</source>
            <translation>ينشئ جلسات مخططة وفق نمط المجموعة (Ctrl+Shift+S)</translation>
        </message>
        <message>
            <source>Mark ever&amp;yone present</source>
            <translation>تسجيل حضور الجميع (&amp;Y)</translation>
        </message>
        <message>
            <source>Mark everyone present</source>
            <translation>تسجيل حضور الجميع</translation>
        </message>
        <message>
            <source>Mark every member without a status as present (Ctrl+Shift+P)</source>
            <translation>يسجّل حضور كل عضو ليست له حالة بعد (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <source>Attendance sheet</source>
            <translation>ورقة الحضور</translation>
        </message>
        <message>
            <source>P present · L late · O left early · E excused · A absent · Space cycles · Delete clears · F2 or double-click: choose from a list</source>
            <translation>P حاضر · L متأخر · O غادر مبكرًا · E معتذر · A غائب · المسافة تبدّل · Delete يمسح · F2 أو النقر المزدوج: اختيار من قائمة</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>المجاميع</translation>
        </message>
        <message>
            <source>No session selected</source>
            <translation>لم تُختر جلسة</translation>
        </message>
        <message>
            <source>Choose a session on the left, or schedule the group's sessions.</source>
            <translation>اختر جلسة من القائمة الجانبية، أو جدول جلسات المجموعة.</translation>
        </message>
        <message>
            <source>{name}: {status}</source>
            <translation>{name}: {status}</translation>
        </message>
        <message>
            <source>no status</source>
            <translation>بلا حالة</translation>
        </message>
        <message>
            <source>Everyone on the sheet has a status.</source>
            <translation>لكل من في الورقة حالة.</translation>
        </message>
        <message>
            <source>Everyone on the sheet already has a status.</source>
            <translation>لكل من في الورقة حالة مسبقًا.</translation>
        </message>
        <message>
            <source>Everyone present ({count})</source>
            <translation>حضور الجميع ({count})</translation>
        </message>
        <message>
            <source>{preferred_name}: Present</source>
            <translation>{preferred_name}: حاضر</translation>
        </message>
        <message>
            <source> · {label}</source>
            <translation> · {label}</translation>
        </message>
        <message>
            <source>{long_date}{status}</source>
            <translation>{long_date}{status}</translation>
        </message>
        <message>
            <source>This session is marked “{label}”, so nothing is recorded for it. If that was a mistake, undo it (Ctrl+Z) or use Session &gt; Set back to planned.</source>
            <translation>هذه الجلسة معلَّمة «{label}»، لذا لا يُسجَّل فيها شيء. إن كان ذلك خطأً فتراجع عنه (Ctrl+Z) أو استخدم الجلسة &gt; إعادتها إلى مخططة.</translation>
        </message>
        <message>
            <source>Topic: {topic}</source>
            <translation>الموضوع: {topic}</translation>
        </message>
        <message>
            <source>Nobody was a member on this date. Type a walk-in's name below to mark who came; people who joined later are found too.</source>
            <translation>لم يكن أحد عضوًا في هذا التاريخ. اكتب اسم القادم أدناه لتسجيل من حضر؛ ويظهر أيضًا من انضموا لاحقًا.</translation>
        </message>
        <message>
            <source>This group has no members yet. Add a walk-in below, or add members in the Roster tab.</source>
            <translation>لا أعضاء في هذه المجموعة بعد. أضف قادمًا أدناه، أو أضف أعضاء من تبويب الأعضاء.</translation>
        </message>
        <message>
            <source>{count} {status}</source>
            <translation>{count} {status}</translation>
        </message>
        <message>
            <source>{value} not marked yet</source>
            <translation>{value} دون تسجيل بعد</translation>
        </message>
        <message numerus="yes">
            <source>%n visitor(s)</source>
            <translation>
                <numerusform>لا زوار</numerusform>
                <numerusform>زائر واحد</numerusform>
                <numerusform>زائران</numerusform>
                <numerusform>%n زوار</numerusform>
                <numerusform>%n زائرًا</numerusform>
                <numerusform>%n زائر</numerusform>
            </translation>
        </message>
        <message>
            <source>In the room: {value}</source>
            <translation>في القاعة: {value}</translation>
        </message>
        <message>
            <source>{head}  —  </source>
            <translation>{head}  —  </translation>
        </message>
    </context>
    <context>
        <name>BackupListModel</name>
        <message>
            <source>Backup from {label}</source>
            <translation>نسخة احتياطية من {label}</translation>
        </message>
        <message>
            <source>, not checked, cannot be restored</source>
            <translation>، لم يُتحقق منها، لا يمكن استعادتها</translation>
        </message>
        <message>
            <source>Backup from {label}, made {reason_label}: {summary}.</source>
            <translation>نسخة احتياطية من {label}، أُنشئت {reason_label}: {summary}.</translation>
        </message>
    </context>
    <context>
        <name>BundlePage</name>
        <message>
            <source>Organisation key file</source>
            <translation>ملف مفتاح المنظمة</translation>
        </message>
        <message>
            <source>The organisation's key: bundles are encrypted with it and only it can open them.</source>
            <translation>مفتاح المنظمة: تُشفَّر الحزم به ولا يفتحها غيره.</translation>
        </message>
        <message>
            <source>Bro&amp;wse…</source>
            <translation>استعراض (&amp;W)…</translation>
        </message>
        <message>
            <source>Choose the key file</source>
            <translation>اختيار ملف المفتاح</translation>
        </message>
        <message>
            <source>Choose the organisation key file.</source>
            <translation>اختر ملف مفتاح المنظمة.</translation>
        </message>
        <message>
            <source>&amp;New organisation key…</source>
            <translation>مفتاح منظمة جديد (&amp;N)…</translation>
        </message>
        <message>
            <source>New organisation key</source>
            <translation>مفتاح منظمة جديد</translation>
        </message>
        <message>
            <source>Make a key for your organisation's bundles (once, then copy it to each laptop).</source>
            <translation>أنشئ مفتاحًا لحزم منظمتك (مرة واحدة، ثم انسخه إلى كل حاسوب محمول).</translation>
        </message>
        <message>
            <source>Organisation &amp;key:</source>
            <translation>مفتاح المنظمة (&amp;K):</translation>
        </message>
        <message>
            <source>Export a bundle</source>
            <translation>تصدير حزمة</translation>
        </message>
        <message>
            <source>Only changes since the &amp;last bundle</source>
            <translation>التغييرات منذ آخر حزمة فقط (&amp;L)</translation>
        </message>
        <message>
            <source>Only changes since the last bundle</source>
            <translation>التغييرات منذ آخر حزمة فقط</translation>
        </message>
        <message>
            <source>Leave out what earlier bundles from here already carried.</source>
            <translation>استبعاد ما حملته حزم سابقة من هنا.</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>تصدير (&amp;E)…</translation>
        </message>
        <message>
            <source>Write this data's changes to an encrypted file, e.g. on a USB stick.</source>
            <translation>كتابة تغييرات هذه البيانات في ملف مشفّر، على ذاكرة USB مثلًا.</translation>
        </message>
        <message>
            <source>Import a bundle</source>
            <translation>استيراد حزمة</translation>
        </message>
        <message>
            <source>Bundle file</source>
            <translation>ملف الحزمة</translation>
        </message>
        <message>
            <source>The bundle to take in.</source>
            <translation>الحزمة المراد استقبالها.</translation>
        </message>
        <message>
            <source>Br&amp;owse…</source>
            <translation>استعراض (&amp;O)…</translation>
        </message>
        <message>
            <source>Choose the bundle</source>
            <translation>اختيار الحزمة</translation>
        </message>
        <message>
            <source>Choose the bundle file.</source>
            <translation>اختر ملف الحزمة.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>استيراد (&amp;I)</translation>
        </message>
        <message>
            <source>Import the bundle</source>
            <translation>استيراد الحزمة</translation>
        </message>
        <message>
            <source>Merge the bundle's changes into this data.</source>
            <translation>دمج تغييرات الحزمة في هذه البيانات.</translation>
        </message>
        <message>
            <source>B&amp;undle:</source>
            <translation>الحزمة (&amp;U):</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <source>I forgot it: use the &amp;recovery key instead</source>
            <translation>نسيتها: استخدم مفتاح الاسترداد بدلًا منها (&amp;R)</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>The new passphrase again</source>
            <translation>عبارة المرور الجديدة مرة أخرى</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>العبارة الحالية (&amp;C):</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>العبارة الجديدة (&amp;N):</translation>
        </message>
        <message>
            <source>The new one &amp;again:</source>
            <translation>الجديدة مرة أخرى (&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Recovery key:</source>
            <translation>مفتاح الاسترداد (&amp;R):</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>The two new passphrases differ. Type the same one twice.</source>
            <translation>العبارتان الجديدتان مختلفتان. اكتب العبارة نفسها مرتين.</translation>
        </message>
    </context>
    <context>
        <name>CheckinCells</name>
        <message>
            <source>Enter goes on to the next person; Tab to the next cell; Esc leaves it as it was.</source>
            <translation>Enter ينتقل إلى الشخص التالي؛ وTab إلى الخلية التالية؛ وEsc يتركها كما كانت.</translation>
        </message>
        <message>
            <source>Enter goes on to the next question, and after the last one to the next person; Tab to the next cell; Esc leaves it as it was.</source>
            <translation>Enter ينتقل إلى السؤال التالي، وبعد الأخير إلى الشخص التالي؛ وTab إلى الخلية التالية؛ وEsc يتركها كما كانت.</translation>
        </message>
    </context>
    <context>
        <name>CheckinDelegate</name>
        <message>
            <source>{name}, {header} ({minimum} to {maximum})</source>
            <translation>{name}، {header} (من {minimum} إلى {maximum})</translation>
        </message>
        <message>
            <source>{tip}. {follow}</source>
            <translation>{tip}. {follow}</translation>
        </message>
        <message>
            <source>{name}, one word</source>
            <translation>{name}، كلمة واحدة</translation>
        </message>
        <message>
            <source>The optional one word. {NEXT_PERSON}</source>
            <translation>الكلمة الاختيارية. {NEXT_PERSON}</translation>
        </message>
    </context>
    <context>
        <name>CheckinHeading</name>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>Check-in used</source>
            <translation>طريقة الاطمئنان المستخدمة</translation>
        </message>
        <message>
            <source>About this round</source>
            <translation>عن هذه الجولة</translation>
        </message>
        <message>
            <source>No session selected</source>
            <translation>لم تُختر جلسة</translation>
        </message>
        <message>
            <source>Choose a session on the left to record its check-in round.</source>
            <translation>اختر جلسة من القائمة الجانبية لتسجيل جولة الاطمئنان فيها.</translation>
        </message>
        <message>
            <source> · {label}</source>
            <translation> · {label}</translation>
        </message>
        <message>
            <source>Check-ins · {long_date}{status}</source>
            <translation>الاطمئنان · {long_date}{status}</translation>
        </message>
        <message>
            <source>No scored check-in</source>
            <translation>لا اطمئنان بالنقاط</translation>
        </message>
        <message>
            <source>{group_name} has no scored check-in, so there is nothing to fill in here: people simply say how they are. To use one, choose it in Group &gt; Edit group.</source>
            <translation>ليس لدى {group_name} اطمئنان بالنقاط، فلا شيء يُملأ هنا: يقول كل شخص ببساطة كيف حاله. لاستخدام واحد، اختره من المجموعة &gt; تعديل المجموعة.</translation>
        </message>
        <message>
            <source>{short_name} · {period}</source>
            <translation>{short_name} · {period}</translation>
        </message>
        <message>
            <source>This session is marked “{label}”, so nothing is recorded for it. If that was a mistake, set it back to planned in the Session menu.</source>
            <translation>هذه الجلسة معلَّمة «{label}»، لذا لا يُسجَّل فيها شيء. إن كان ذلك خطأً فأعدها إلى مخططة من قائمة الجلسة.</translation>
        </message>
        <message>
            <source>Nobody is marked as attending this session yet. Take attendance first (Ctrl+1): everyone who came appears here for the round.</source>
            <translation>لم يُسجَّل حضور أحد في هذه الجلسة بعد. سجّل الحضور أولًا (Ctrl+1): يظهر هنا كل من حضر للجولة.</translation>
        </message>
    </context>
    <context>
        <name>CheckinRoundView</name>
        <message>
            <source>Type a number in a score cell and press Enter: on to the next question, and after a person's last question, on to the next person. Tab goes cell by cell and reaches the optional word. {pass_key} records a pass (in any cell but the word, where letters are the word). Delete clears the member's check-in. F2 or a double-click edits a cell. Every entry is saved at once.</source>
            <translation>اكتب رقمًا في خلية النقاط واضغط Enter: تنتقل إلى السؤال التالي، وبعد آخر سؤال لشخص إلى الشخص التالي. Tab يتنقل خلية خلية ويصل إلى الكلمة الاختيارية. {pass_key} يسجّل تخطيًا (في أي خلية عدا خلية الكلمة، حيث الحروف هي الكلمة). Delete يمسح اطمئنان العضو. F2 أو النقر المزدوج يعدّل خلية. يُحفظ كل إدخال فورًا.</translation>
        </message>
        <message>
            <source>Type a number and press Enter to go on to the next person.</source>
            <translation>اكتب رقمًا واضغط Enter للانتقال إلى الشخص التالي.</translation>
        </message>
        <message>
            <source>Type each answer and press Enter; after someone's last one, Enter goes on to the next person.</source>
            <translation>اكتب كل إجابة واضغط Enter؛ بعد آخر إجابة لشخص ما ينتقل Enter إلى الشخص التالي.</translation>
        </message>
        <message>
            <source>{start} Tab reaches the optional word · {PASS_KEY} is a pass · Delete clears</source>
            <translation>{start} Tab ينتقل إلى الكلمة الاختيارية · {PASS_KEY} للتخطي · Delete يمسح</translation>
        </message>
    </context>
    <context>
        <name>CheckinsModel</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Who came to this session</source>
            <translation>من حضر هذه الجلسة</translation>
        </message>
        <message>
            <source>{minimum} to {maximum}</source>
            <translation>من {minimum} إلى {maximum}</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <source>{text} ({span}). Type the number.</source>
            <translation>{text} ({span}). اكتب الرقم.</translation>
        </message>
        <message>
            <source>Q{number}</source>
            <translation>س{number}</translation>
        </message>
        <message>
            <source>Question {number}: {text} ({span})</source>
            <translation>السؤال {number}: {text} ({span})</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>The answers added up: {min_total} to {max_total}</source>
            <translation>مجموع الإجابات: من {min_total} إلى {max_total}</translation>
        </message>
        <message>
            <source>The published percentage: the total times four (0 to 100)</source>
            <translation>النسبة المنشورة: المجموع مضروبًا في أربعة (من 0 إلى 100)</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>الكلمة</translation>
        </message>
        <message>
            <source>The optional one word (or a very short phrase)</source>
            <translation>الكلمة الاختيارية (أو عبارة قصيرة جدًا)</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>تخطّى</translation>
        </message>
        <message>
            <source>Ticked when the member passed ({PASS_KEY}): a pass is a pass, never a zero</source>
            <translation>يُعلَّم عندما يتخطى العضو ({PASS_KEY}): التخطي تخطٍّ، وليس صفرًا أبدًا</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>تخطّى</translation>
        </message>
        <message>
            <source>Attendance: {lower}</source>
            <translation>الحضور: {lower}</translation>
        </message>
        <message>
            <source>Not marked as attending, but a check-in is kept</source>
            <translation>غير مسجَّل حاضرًا، لكن اطمئنانه محفوظ</translation>
        </message>
        <message>
            <source>a pass</source>
            <translation>تخطٍّ</translation>
        </message>
        <message>
            <source>a total of {total}</source>
            <translation>مجموع {total}</translation>
        </message>
        <message>
            <source>. Their check-in here was recorded with another instrument ({total}); typing a score replaces it.</source>
            <translation>. سُجّل اطمئنانه هنا بأداة أخرى ({total})؛ كتابة نقاط جديدة تحل محله.</translation>
        </message>
        <message>
            <source>Not saved yet: it is saved once every question has an answer, or as a pass ({PASS_KEY}). {tooltip}</source>
            <translation>لم يُحفظ بعد: يُحفظ عندما تكون لكل سؤال إجابة، أو كتخطٍّ ({PASS_KEY}). {tooltip}</translation>
        </message>
        <message>
            <source>{name}: passed</source>
            <translation>{name}: تخطّى</translation>
        </message>
        <message>
            <source>{name}: not passed</source>
            <translation>{name}: لم يتخطَّ</translation>
        </message>
        <message>
            <source>{name}, {header}: passed</source>
            <translation>{name}، {header}: تخطّى</translation>
        </message>
        <message>
            <source>no word</source>
            <translation>بلا كلمة</translation>
        </message>
        <message>
            <source>no answer yet</source>
            <translation>لا إجابة بعد</translation>
        </message>
        <message>
            <source>{name}, {header}: {text}</source>
            <translation>{name}، {header}: {text}</translation>
        </message>
        <message>
            <source> (not saved yet)</source>
            <translation> (لم يُحفظ بعد)</translation>
        </message>
    </context>
    <context>
        <name>CheckinsPanel</name>
        <message>
            <source>Check-ins</source>
            <translation>الاطمئنان</translation>
        </message>
        <message>
            <source>Round so far</source>
            <translation>الجولة حتى الآن</translation>
        </message>
        <message>
            <source>{scored} checked in</source>
            <translation>{scored} شاركوا</translation>
        </message>
        <message>
            <source>{passed} passed</source>
            <translation>{passed} تخطّوا</translation>
        </message>
        <message>
            <source>{to_go} still to go</source>
            <translation>بقي {to_go}</translation>
        </message>
        <message>
            <source>everyone's done</source>
            <translation>انتهى الجميع</translation>
        </message>
        <message>
            <source>{preferred_name}: {describe}</source>
            <translation>{preferred_name}: {describe}</translation>
        </message>
        <message>
            <source>check-in cleared</source>
            <translation>مُسح الاطمئنان</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>تخطّى</translation>
        </message>
        <message>
            <source>{name} {total}</source>
            <translation>{name} {total}</translation>
        </message>
        <message>
            <source>, “{word}”</source>
            <translation>، «{word}»</translation>
        </message>
        <message>
            <source>Not saved, as some questions had no answer yet: {names} ({date}).</source>
            <translation>لم يُحفظ، لأن بعض الأسئلة بلا إجابة بعد: {names} ({date}).</translation>
        </message>
        <message>
            <source>That is the end of the round; {to_go} still to check in.</source>
            <translation>هذه نهاية الجولة؛ ما زال {to_go} لم يشاركوا.</translation>
        </message>
        <message>
            <source>Everyone in the round has checked in or passed.</source>
            <translation>شارك كل من في الجولة أو تخطّى.</translation>
        </message>
    </context>
    <context>
        <name>CheckinsView</name>
        <message>
            <source>Check-in round</source>
            <translation>جولة الاطمئنان</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>تخطّى</translation>
        </message>
    </context>
    <context>
        <name>ColumnChoices</name>
        <message>
            <source>&amp;Which detail is in each column</source>
            <translation>أي بيان في كل عمود (&amp;W)</translation>
        </message>
        <message>
            <source>Which detail is in each column</source>
            <translation>أي بيان في كل عمود</translation>
        </message>
        <message>
            <source>For each column of the file, choose the member detail it holds, or Ignore.</source>
            <translation>لكل عمود في الملف، اختر بيان العضو الذي يحتويه، أو تجاهل.</translation>
        </message>
        <message>
            <source>Column {value}</source>
            <translation>العمود {value}</translation>
        </message>
        <message>
            <source>Column {value}, {shown}</source>
            <translation>العمود {value}، {shown}</translation>
        </message>
        <message>
            <source>Which member detail the column “{shown}” holds. Choose Ignore to leave it out.</source>
            <translation>أي بيان للعضو يحتويه العمود «{shown}». اختر تجاهل لاستبعاده.</translation>
        </message>
        <message>
            <source>Column {value} of the file</source>
            <translation>العمود {value} من الملف</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>The details were written to {log_file}.</source>
            <translation>كُتبت التفاصيل في {log_file}.</translation>
        </message>
        <message>
            <source>{APP_NAME}: something went wrong</source>
            <translation>{APP_NAME}: حدث خطأ ما</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Everything you had saved is safe: each change is saved as you make it.

You can carry on, or close and reopen the app. {where}</source>
            <translation>حدث أمر غير متوقع. كل ما حفظته في أمان: كل تغيير يُحفظ فور إجرائه.

يمكنك المتابعة، أو إغلاق التطبيق وفتحه من جديد. {where}</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>ddd {short}</source>
            <translation>ddd {short}</translation>
        </message>
        <message>
            <source>F4 or Alt+Down opens the calendar.</source>
            <translation>F4 أو Alt+السهم لأسفل يفتح التقويم.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>dddd d MMMM yyyy</source>
            <translation>dddd d MMMM yyyy</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d MMM</translation>
        </message>
    </context>
    <context>
        <name>DialogButtons</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Peer support group</source>
            <translation>مجموعة دعم متبادل</translation>
        </message>
        <message>
            <source>Confidential: contains personal information</source>
            <translation>سري: يحتوي معلومات شخصية</translation>
        </message>
        <message>
            <source>Produced {date}   ·   Page {number} of {total}</source>
            <translation>أُعدّ في {date}   ·   الصفحة {number} من {total}</translation>
        </message>
    </context>
    <context>
        <name>EraseMemberDialog</name>
        <message>
            <source>Erase member</source>
            <translation>محو العضو</translation>
        </message>
        <message>
            <source>What erasing does</source>
            <translation>ماذا يفعل المحو</translation>
        </message>
        <message>
            <source>Erase {label} for good, as they asked? Their details, check-ins, attendance and group memberships are removed, and their name becomes [erased] in the notes, topics, comments and words of their groups. Each session they came to keeps its headcount: they count as a visitor there.</source>
            <translation>محو {label} نهائيًا كما طلب؟ تُزال بياناته واطمئنانه وحضوره وعضويته في المجموعات، ويصبح اسمه [ممحو] في ملاحظات مجموعاته وموضوعاتها وتعليقاتها وكلماتها. تحتفظ كل جلسة حضرها بعدد الحاضرين: يُحسب فيها زائرًا.</translation>
        </message>
        <message>
            <source>Laptops remove the member too when they next sync. The organisation server's own backups hold the member until they expire (ask its administrator). This cannot be undone here.</source>
            <translation>تزيل الحواسيب المحمولة العضو أيضًا عند مزامنتها التالية. وتبقى النسخ الاحتياطية لخادم المنظمة نفسه تحتوي العضو حتى تنتهي صلاحيتها (اسأل مسؤوله). لا يمكن التراجع عن هذا هنا.</translation>
        </message>
        <message>
            <source>A backup is made first; it still holds the member until backups are rotated out (see README). This cannot be undone here.</source>
            <translation>تُنشأ نسخة احتياطية أولًا؛ وتبقى تحتوي العضو حتى تُستبدل النسخ (انظر README). لا يمكن التراجع عن هذا هنا.</translation>
        </message>
        <message>
            <source>Erase the member for good</source>
            <translation>محو العضو نهائيًا</translation>
        </message>
        <message>
            <source>Erase the member for good (a backup is made first)</source>
            <translation>محو العضو نهائيًا (تُنشأ نسخة احتياطية أولًا)</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>محو</translation>
        </message>
        <message>
            <source>Change nothing (Esc)</source>
            <translation>لا تغيّر شيئًا (Esc)</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>Another export is still running; try again when it has finished.</source>
            <translation>ما زال تصدير آخر جاريًا؛ حاول مجددًا عندما ينتهي.</translation>
        </message>
        <message>
            <source>Preparing the {what}…</source>
            <translation>جارٍ تحضير {what}…</translation>
        </message>
        <message>
            <source>Preparing the {what}</source>
            <translation>جارٍ تحضير {what}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancel the export</source>
            <translation>إلغاء التصدير</translation>
        </message>
        <message>
            <source>Stop now: no file is written</source>
            <translation>التوقف الآن: لا يُكتب أي ملف</translation>
        </message>
        <message>
            <source>Cancelling the export…</source>
            <translation>جارٍ إلغاء التصدير…</translation>
        </message>
        <message>
            <source>Printing cancelled; nothing was sent to the printer.</source>
            <translation>أُلغيت الطباعة؛ لم يُرسل شيء إلى الطابعة.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Print {document}</source>
            <translation>طباعة {document}</translation>
        </message>
        <message>
            <source>Export {document}</source>
            <translation>تصدير {document}</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Choose a printer next.</source>
            <translation>تختار الطابعة بعد ذلك.</translation>
        </message>
        <message>
            <source>Save the file with these choices.</source>
            <translation>يحفظ الملف بهذه الخيارات.</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>الأسماء</translation>
        </message>
        <message>
            <source>&amp;Names shown as</source>
            <translation>تظهر الأسماء بصيغة (&amp;N)</translation>
        </message>
        <message>
            <source>How members are named in this document. The suggested choice comes first.</source>
            <translation>كيف يُسمّى الأعضاء في هذه الوثيقة. الخيار المقترح يأتي أولًا.</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>الجهة (&amp;O)</translation>
        </message>
        <message>
            <source>Printed at the top of every page. Remembered for next time.</source>
            <translation>يُطبع أعلى كل صفحة. ويُحفظ للمرة القادمة.</translation>
        </message>
        <message>
            <source>Pape&amp;r size</source>
            <translation>حجم الورق (&amp;R)</translation>
        </message>
        <message>
            <source>A4, or US Letter; suggested from your computer's region. Remembered for next time.</source>
            <translation>A4 أو Letter الأمريكي؛ يُقترح بحسب منطقة حاسوبك. ويُحفظ للمرة القادمة.</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>اختيار (&amp;H)…</translation>
        </message>
        <message>
            <source>Choose where to save</source>
            <translation>اختيار مكان الحفظ</translation>
        </message>
        <message>
            <source>Pick the folder and file name in a file dialog</source>
            <translation>اختر المجلد واسم الملف في نافذة الملفات</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>حفظ باسم (&amp;A)</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>حفظ باسم</translation>
        </message>
        <message>
            <source>Where the file is saved. The suggested name never includes a member's name.</source>
            <translation>مكان حفظ الملف. الاسم المقترح لا يتضمن اسم أي عضو أبدًا.</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>file</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>O&amp;pen the {what} when it is ready</source>
            <translation>فتح {what} عندما يجهز (&amp;P)</translation>
        </message>
        <message>
            <source>Open the {what} when it is ready</source>
            <translation>فتح {what} عندما يجهز</translation>
        </message>
        <message>
            <source>Shows the {what} in your usual viewer as soon as it is saved</source>
            <translation>يعرض {what} في عارضك المعتاد فور حفظه</translation>
        </message>
        <message>
            <source>&lt;b&gt;What will leave&lt;/b&gt;</source>
            <translation>&lt;b&gt;ما الذي سيخرج&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Say where to save the file: type a file name or press Choose….</source>
            <translation>حدّد مكان حفظ الملف: اكتب اسم ملف أو اضغط اختيار….</translation>
        </message>
        <message>
            <source>{path} is a folder. Add a file name, for example {value}.</source>
            <translation>{path} مجلد. أضف اسم ملف، مثل {value}.</translation>
        </message>
        <message>
            <source>The folder {parent} does not exist. Press Choose… to pick one.</source>
            <translation>المجلد {parent} غير موجود. اضغط اختيار… لتختار واحدًا.</translation>
        </message>
        <message>
            <source>{label} (suggested)</source>
            <translation>{label} (مقترح)</translation>
        </message>
        <message>
            <source>No handouts were given at this session, so the pack will hold only the cover, the group agreement and the support contacts. Make it anyway?

To add handouts, tick them in the Handouts tab first.</source>
            <translation>لم تُوزَّع أي مطويات في هذه الجلسة، لذا لن تضم الحزمة إلا الغلاف واتفاق المجموعة وجهات الدعم. هل تنشئها على أي حال؟

لإضافة مطويات، علّمها أولًا في تبويب المطويات.</translation>
        </message>
        <message>
            <source>Tick the handouts for this session in the Handouts tab, then make the pack again.</source>
            <translation>علّم مطويات هذه الجلسة في تبويب المطويات، ثم أنشئ الحزمة مجددًا.</translation>
        </message>
        <message>
            <source>{name} already exists. Replace it?</source>
            <translation>{name} موجود مسبقًا. هل تستبدله؟</translation>
        </message>
        <message>
            <source>Choose another file name, or press Export again to replace the file.</source>
            <translation>اختر اسم ملف آخر، أو اضغط تصدير مجددًا لاستبدال الملف.</translation>
        </message>
        <message>
            <source>{upper} files (*.{extension})</source>
            <translation>ملفات {upper} (*.{extension})</translation>
        </message>
    </context>
    <context>
        <name>ExportFields</name>
        <message>
            <source>&amp;Include the session's notes</source>
            <translation>تضمين ملاحظات الجلسة (&amp;I)</translation>
        </message>
        <message>
            <source>Include the session's notes</source>
            <translation>تضمين ملاحظات الجلسة</translation>
        </message>
        <message>
            <source>Adds the note's sections (themes, strategies, follow-ups). A name typed in a note is written at the level chosen above. Remembered for next time.</source>
            <translation>يضيف أقسام الملاحظة (المحاور، الاستراتيجيات، المتابعات). أي اسم مكتوب في ملاحظة يظهر بالمستوى المختار أعلاه. ويُحفظ للمرة القادمة.</translation>
        </message>
        <message>
            <source>Include the &amp;words shared (headcount only)</source>
            <translation>تضمين الكلمات المشتركة (العدد فقط) (&amp;W)</translation>
        </message>
        <message>
            <source>Include the words shared</source>
            <translation>تضمين الكلمات المشتركة</translation>
        </message>
        <message>
            <source>At headcount level the check-in round's words are left out unless ticked here; any name in them becomes [name]. At the other levels they are always included.</source>
            <translation>في مستوى العدد فقط تُستبعد كلمات الجولة ما لم تعلّم هذا؛ وأي اسم فيها يصبح [اسم]. وفي المستويات الأخرى تُضمَّن دائمًا.</translation>
        </message>
        <message>
            <source>In the pack</source>
            <translation>في الحزمة</translation>
        </message>
        <message>
            <source>Crisis line: 0800 123 456
GP out of hours: 111</source>
            <translation>خط الأزمات: 000 000 0000
الطبيب المناوب: 123</translation>
        </message>
        <message>
            <source>Support &amp;contacts</source>
            <translation>جهات الدعم (&amp;C)</translation>
        </message>
        <message>
            <source>One a line, as 'Label: number or address'. Left empty, the page has blank lines to fill in by hand. Remembered for next time.</source>
            <translation>واحد في كل سطر، بصيغة «التسمية: الرقم أو العنوان». إن تُرك فارغًا ففي الصفحة أسطر فارغة تُملأ باليد. ويُحفظ للمرة القادمة.</translation>
        </message>
        <message>
            <source>&amp;Which table</source>
            <translation>أي جدول (&amp;W)</translation>
        </message>
        <message>
            <source>Attendance: one line per person per session. Members: the roster. Check-ins: one line per check-in.</source>
            <translation>الحضور: سطر لكل شخص في كل جلسة. الأعضاء: القائمة. الاطمئنان: سطر لكل اطمئنان.</translation>
        </message>
        <message>
            <source>&amp;Sessions on the sheet</source>
            <translation>الجلسات في الورقة (&amp;S)</translation>
        </message>
        <message>
            <source>How many of the group's next sessions get a column (1 to {MAX_SIGN_IN_SESSIONS}).</source>
            <translation>كم جلسة قادمة للمجموعة يكون لها عمود (من 1 إلى {MAX_SIGN_IN_SESSIONS}).</translation>
        </message>
        <message>
            <source>Blank rows for &amp;walk-ins</source>
            <translation>أسطر فارغة للقادمين (&amp;W)</translation>
        </message>
        <message>
            <source>Empty rows where newcomers write their first name (0 to {MAX_WALK_IN_ROWS}).</source>
            <translation>أسطر فارغة يكتب فيها القادمون الجدد أسماءهم الأولى (من 0 إلى {MAX_WALK_IN_ROWS}).</translation>
        </message>
        <message>
            <source>&amp;Landscape (sideways: room for more sessions)</source>
            <translation>أفقي (بالعرض: مساحة لجلسات أكثر) (&amp;L)</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>أفقي</translation>
        </message>
        <message>
            <source>Print the sheet sideways; suggested from {LANDSCAPE_FROM} sessions on</source>
            <translation>يطبع الورقة بالعرض؛ يُقترح ابتداءً من {LANDSCAPE_FROM} جلسات</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>من (&amp;F)</translation>
        </message>
        <message>
            <source>The first day the report covers (the last 12 months are suggested).</source>
            <translation>أول يوم يغطيه التقرير (يُقترح آخر 12 شهرًا).</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>إلى (&amp;T)</translation>
        </message>
        <message>
            <source>The last day the report covers (included).</source>
            <translation>آخر يوم يغطيه التقرير (مشمول).</translation>
        </message>
        <message>
            <source>For {short_date}.</source>
            <translation>ليوم {short_date}.</translation>
        </message>
        <message>
            <source>From {short_date} to {short_date2}.</source>
            <translation>من {short_date} إلى {short_date2}.</translation>
        </message>
        <message>
            <source>No handouts are recorded for this session yet: the pack will have the cover, the group agreement and the support contacts. Tick handouts in the Handouts tab to add them.</source>
            <translation>لا مطويات مسجلة لهذه الجلسة بعد: ستضم الحزمة الغلاف واتفاق المجموعة وجهات الدعم. علّم المطويات في تبويب المطويات لإضافتها.</translation>
        </message>
    </context>
    <context>
        <name>ExportKinds</name>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>الأعضاء</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>الاطمئنان</translation>
        </message>
        <message>
            <source>Session summary</source>
            <translation>ملخص الجلسة</translation>
        </message>
        <message>
            <source>session summary</source>
            <translation>ملخص الجلسة</translation>
        </message>
        <message>
            <source>{group_comma}session of {meeting_date}.</source>
            <translation>{group_comma}جلسة {meeting_date}.</translation>
        </message>
        <message>
            <source>&amp;Export session summary…</source>
            <translation>تصدير ملخص الجلسة (&amp;E)…</translation>
        </message>
        <message>
            <source>Save a PDF summary of this session: attendance, check-in round, handouts (initials by default)</source>
            <translation>يحفظ ملخصًا بصيغة PDF لهذه الجلسة: الحضور، جولة الاطمئنان، المطويات (بالأحرف الأولى افتراضيًا)</translation>
        </message>
        <message>
            <source>P&amp;rint session summary…</source>
            <translation>طباعة ملخص الجلسة (&amp;R)…</translation>
        </message>
        <message>
            <source>Print this session's summary through the system print dialog (Ctrl+P)</source>
            <translation>يطبع ملخص هذه الجلسة عبر نافذة الطباعة في النظام (Ctrl+P)</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>ورقة التوقيع</translation>
        </message>
        <message>
            <source>sign-in sheet</source>
            <translation>ورقة التوقيع</translation>
        </message>
        <message>
            <source>{group}: a sheet to tick or sign at the door, with the next sessions as columns.</source>
            <translation>{group}: ورقة للتعليم أو التوقيع عند الباب، والجلسات القادمة أعمدة.</translation>
        </message>
        <message>
            <source>Sign-&amp;in sheet…</source>
            <translation>ورقة التوقيع (&amp;I)…</translation>
        </message>
        <message>
            <source>Save a sign-in sheet for the door: first names, the next sessions as columns, blank rows for walk-ins</source>
            <translation>يحفظ ورقة توقيع للباب: الأسماء الأولى، والجلسات القادمة أعمدة، وأسطر فارغة للقادمين</translation>
        </message>
        <message>
            <source>Print si&amp;gn-in sheet…</source>
            <translation>طباعة ورقة التوقيع (&amp;G)…</translation>
        </message>
        <message>
            <source>Print a sign-in sheet for the door through the system print dialog</source>
            <translation>يطبع ورقة توقيع للباب عبر نافذة الطباعة في النظام</translation>
        </message>
        <message>
            <source>Group report</source>
            <translation>تقرير المجموعة</translation>
        </message>
        <message>
            <source>group report</source>
            <translation>تقرير المجموعة</translation>
        </message>
        <message>
            <source>{group}: sessions, attendance and check-ins over a period, for coordinators and funders.</source>
            <translation>{group}: الجلسات والحضور والاطمئنان خلال فترة، للمنسقين والجهات الداعمة.</translation>
        </message>
        <message>
            <source>Group &amp;report…</source>
            <translation>تقرير المجموعة (&amp;R)…</translation>
        </message>
        <message>
            <source>Save a report for coordinators and funders over a date range (headcounts only by default)</source>
            <translation>يحفظ تقريرًا للمنسقين والجهات الداعمة عن فترة زمنية (الأعداد فقط افتراضيًا)</translation>
        </message>
        <message>
            <source>Member's record</source>
            <translation>سجل العضو</translation>
        </message>
        <message>
            <source>member's own record</source>
            <translation>سجل العضو الخاص</translation>
        </message>
        <message>
            <source>Everything kept about {member}: details, consent, groups, attendance and check-ins. For them to keep, at their request.</source>
            <translation>كل ما يُحفظ عن {member}: البيانات والموافقة والمجموعات والحضور والاطمئنان. ليحتفظ به، بناءً على طلبه.</translation>
        </message>
        <message>
            <source>Full details: this is the member's own record, made at their request. Give it only to them.</source>
            <translation>بيانات كاملة: هذا سجل العضو الخاص، أُعدّ بناءً على طلبه. أعطه له وحده.</translation>
        </message>
        <message>
            <source>Member's own rec&amp;ord…</source>
            <translation>سجل العضو الخاص (&amp;O)…</translation>
        </message>
        <message>
            <source>Everything kept about the selected member, as a PDF for them (at their request)</source>
            <translation>كل ما يُحفظ عن العضو المختار، في ملف PDF له (بناءً على طلبه)</translation>
        </message>
        <message>
            <source>Handout pack</source>
            <translation>حزمة المطويات</translation>
        </message>
        <message>
            <source>handout pack</source>
            <translation>حزمة المطويات</translation>
        </message>
        <message>
            <source>No names: the pack holds the group's agreement, the handouts and support contacts.</source>
            <translation>بلا أسماء: تضم الحزمة اتفاق المجموعة والمطويات وجهات الدعم.</translation>
        </message>
        <message>
            <source>Handout p&amp;ack…</source>
            <translation>حزمة المطويات (&amp;A)…</translation>
        </message>
        <message>
            <source>One PDF to print and hand out: a cover, the group agreement, the handouts given at this session and support contacts</source>
            <translation>ملف PDF واحد للطباعة والتوزيع: غلاف، واتفاق المجموعة، والمطويات الموزعة في هذه الجلسة، وجهات الدعم</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>جدول بيانات</translation>
        </message>
        <message>
            <source>spreadsheet</source>
            <translation>جدول بيانات</translation>
        </message>
        <message>
            <source>{group}: a table to open in a spreadsheet program.</source>
            <translation>{group}: جدول يُفتح في برنامج جداول البيانات.</translation>
        </message>
        <message>
            <source>Spreadsheet (&amp;CSV)…</source>
            <translation>جدول بيانات (CSV) (&amp;C)…</translation>
        </message>
        <message>
            <source>Save the group's attendance, members or check-ins as a spreadsheet file</source>
            <translation>يحفظ حضور المجموعة أو أعضاءها أو اطمئنانها كملف جدول بيانات</translation>
        </message>
    </context>
    <context>
        <name>ExportMessages</name>
        <message>
            <source>{label} saved to {path}</source>
            <translation>حُفظ {label} في {path}</translation>
        </message>
        <message numerus="yes">
            <source>(%n page(s))</source>
            <translation>
                <numerusform>(لا صفحات)</numerusform>
                <numerusform>(صفحة واحدة)</numerusform>
                <numerusform>(صفحتان)</numerusform>
                <numerusform>(%n صفحات)</numerusform>
                <numerusform>(%n صفحة)</numerusform>
                <numerusform>(%n صفحة)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n name(s) replaced in free text</source>
            <translation>
                <numerusform>؛ لم يُستبدل أي اسم في النص الحر</numerusform>
                <numerusform>؛ استُبدل اسم واحد في النص الحر</numerusform>
                <numerusform>؛ استُبدل اسمان في النص الحر</numerusform>
                <numerusform>؛ استُبدلت %n أسماء في النص الحر</numerusform>
                <numerusform>؛ استُبدل %n اسمًا في النص الحر</numerusform>
                <numerusform>؛ استُبدل %n اسم في النص الحر</numerusform>
            </translation>
        </message>
        <message>
            <source>{label} saved to {path}. No program to open it was found.</source>
            <translation>حُفظ {label} في {path}. لم يُعثر على برنامج لفتحه.</translation>
        </message>
        <message numerus="yes">
            <source>{label} sent to the printer (%n page(s))</source>
            <translation>
                <numerusform>أُرسل {label} إلى الطابعة (لا صفحات)</numerusform>
                <numerusform>أُرسل {label} إلى الطابعة (صفحة واحدة)</numerusform>
                <numerusform>أُرسل {label} إلى الطابعة (صفحتان)</numerusform>
                <numerusform>أُرسل {label} إلى الطابعة (%n صفحات)</numerusform>
                <numerusform>أُرسل {label} إلى الطابعة (%n صفحة)</numerusform>
                <numerusform>أُرسل {label} إلى الطابعة (%n صفحة)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportPreview</name>
        <message>
            <source>No free text (notes, topics, words, titles) leaves with this document.</source>
            <translation>لا يخرج أي نص حر (ملاحظات، موضوعات، كلمات، عناوين) مع هذه الوثيقة.</translation>
        </message>
        <message numerus="yes">
            <source>%n passage(s) of free text will leave</source>
            <translation>
                <numerusform>لن يخرج أي مقطع من النص الحر</numerusform>
                <numerusform>سيخرج مقطع واحد من النص الحر</numerusform>
                <numerusform>سيخرج مقطعان من النص الحر</numerusform>
                <numerusform>ستخرج %n مقاطع من النص الحر</numerusform>
                <numerusform>سيخرج %n مقطعًا من النص الحر</numerusform>
                <numerusform>سيخرج %n مقطع من النص الحر</numerusform>
            </translation>
        </message>
        <message>
            <source>{leaving}, as written (full names).</source>
            <translation>{leaving}، كما كُتب (الأسماء الكاملة).</translation>
        </message>
        <message>
            <source>{leaving}; no member's name was found in them.</source>
            <translation>{leaving}؛ لم يوجد فيها اسم أي عضو.</translation>
        </message>
        <message numerus="yes">
            <source>{leaving}; %n name(s) replaced, marked « ».</source>
            <translation>
                <numerusform>{leaving}؛ لم يُستبدل أي اسم.</numerusform>
                <numerusform>{leaving}؛ استُبدل اسم واحد، مُعلَّم « ».</numerusform>
                <numerusform>{leaving}؛ استُبدل اسمان، مُعلَّمان « ».</numerusform>
                <numerusform>{leaving}؛ استُبدلت %n أسماء، مُعلَّمة « ».</numerusform>
                <numerusform>{leaving}؛ استُبدل %n اسمًا، مُعلَّمة « ».</numerusform>
                <numerusform>{leaving}؛ استُبدل %n اسم، مُعلَّمة « ».</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FileRow</name>
        <message>
            <source>The CSV file of members</source>
            <translation>ملف CSV للأعضاء</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>The CSV file to import. Type its path or choose Browse.</source>
            <translation>ملف CSV المراد استيراده. اكتب مساره أو اختر استعراض.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>الملف (&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>استعراض (&amp;B)…</translation>
        </message>
        <message>
            <source>Browse for the file</source>
            <translation>البحث عن الملف</translation>
        </message>
        <message>
            <source>Choose the CSV file on this computer.</source>
            <translation>اختر ملف CSV على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>إعادة التحميل (&amp;R)</translation>
        </message>
        <message>
            <source>Reload the file</source>
            <translation>إعادة تحميل الملف</translation>
        </message>
        <message>
            <source>Read the file again, after correcting it in the spreadsheet.</source>
            <translation>يقرأ الملف مجددًا بعد تصحيحه في جدول البيانات.</translation>
        </message>
        <message>
            <source>Choose the file of members</source>
            <translation>اختر ملف الأعضاء</translation>
        </message>
    </context>
    <context>
        <name>FollowUpBox</name>
        <message>
            <source>No one's latest check-in suggests a quiet word right now.</source>
            <translation>لا يوحي آخر اطمئنان لأحد بحديث هادئ الآن.</translation>
        </message>
        <message>
            <source>Might welcome a quiet word</source>
            <translation>ربما يسرّه حديث هادئ</translation>
        </message>
        <message>
            <source>Who is listed</source>
            <translation>من في القائمة</translation>
        </message>
        <message>
            <source>Members whose latest check-in suggests offering a private chat, each with the reason. Enter shows their row and trend.</source>
            <translation>أعضاء يوحي آخر اطمئنان لهم بعرض حديث خاص، ومع كل منهم السبب. Enter يعرض صفه ومساره.</translation>
        </message>
        <message>
            <source>Follow-up suggestions</source>
            <translation>اقتراحات المتابعة</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>A suggestion to offer a private chat, if it feels right; never a diagnosis.</source>
            <translation>اقتراح لعرض حديث خاص إن بدا مناسبًا؛ وليس تشخيصًا أبدًا.</translation>
        </message>
        <message>
            <source>{preferred_name} — {reason}</source>
            <translation>{preferred_name} — {reason}</translation>
        </message>
        <message>
            <source>{preferred_name} might welcome a quiet word: {reason} (their latest check-in, {short_date}). {SUGGESTION}</source>
            <translation>ربما يسرّ {preferred_name} حديث هادئ: {reason} (آخر اطمئنان له، {short_date}). {SUGGESTION}</translation>
        </message>
        <message>
            <source>{preferred_name} might welcome a quiet word: {reason}. Latest check-in {long_date}.</source>
            <translation>ربما يسرّ {preferred_name} حديث هادئ: {reason}. آخر اطمئنان: {long_date}.</translation>
        </message>
    </context>
    <context>
        <name>GettingStartedDialog</name>
        <message>
            <source>Getting started</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>Getting started guide</source>
            <translation>دليل البداية</translation>
        </message>
        <message>
            <source>A short guide to one evening. Use the arrow keys and Page Down to read on; Esc closes it.</source>
            <translation>دليل قصير لأمسية واحدة. استخدم الأسهم وPage Down لمتابعة القراءة؛ وEsc يغلقه.</translation>
        </message>
        <message>
            <source>Arrow keys and Page Up / Page Down scroll; Esc closes the guide</source>
            <translation>الأسهم وPage Up / Page Down للتمرير؛ وEsc يغلق الدليل</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Close the guide (Esc)</source>
            <translation>إغلاق الدليل (Esc)</translation>
        </message>
        <message>
            <source>One evening with Facilitator</source>
            <translation>أمسية مع Facilitator</translation>
        </message>
        <message>
            <source>This is a short walk through one group evening: getting ready, welcoming people at the door, the check-in round, and the few minutes afterwards. Everything stays on this computer. Nothing is sent anywhere.</source>
            <translation>هذه جولة قصيرة في أمسية واحدة للمجموعة: التحضير، واستقبال الناس عند الباب، وجولة الاطمئنان، والدقائق القليلة بعدها. يبقى كل شيء على هذا الحاسوب. لا يُرسل شيء إلى أي مكان.</translation>
        </message>
        <message>
            <source>Before the evening</source>
            <translation>قبل الأمسية</translation>
        </message>
        <message>
            <source>Choose your group on the left and the evening's session under it (Alt+P goes to the groups, Alt+I to the sessions). No session yet? Group &gt; Schedule sessions (Ctrl+Shift+S) plans the next few weeks for you.</source>
            <translation>اختر مجموعتك من القائمة الجانبية وجلسة الأمسية تحتها (Alt+P ينتقل إلى المجموعات، وAlt+I إلى الجلسات). لا جلسة بعد؟ المجموعة &gt; جدولة الجلسات (Ctrl+Shift+S) يخطط لك الأسابيع القليلة القادمة.</translation>
        </message>
        <message>
            <source>If you like paper at the door, Group &gt; Print sign-in sheet prints one with everyone's names. A handout for tonight can wait in the Handouts tab (Ctrl+4).</source>
            <translation>إن كنت تفضّل الورق عند الباب، فإن المجموعة &gt; طباعة ورقة التوقيع تطبع ورقة بأسماء الجميع. ويمكن لمطوية الليلة أن تنتظر في تبويب المطويات (Ctrl+4).</translation>
        </message>
        <message>
            <source>At the door</source>
            <translation>عند الباب</translation>
        </message>
        <message>
            <source>Open the Attendance tab (Ctrl+1). Move through the names with the Up and Down keys and press P for present, L for late, O for left early, E for excused or A for absent. Space goes through them in turn, Delete clears a mark.</source>
            <translation>افتح تبويب الحضور (Ctrl+1). تنقّل بين الأسماء بالسهمين لأعلى ولأسفل واضغط P للحاضر، وL للمتأخر، وO لمن غادر مبكرًا، وE للمعتذر، وA للغائب. المسافة تتنقل بينها بالترتيب، وDelete يمسح التعليم.</translation>
        </message>
        <message>
            <source>Someone new? Press Ctrl+W, type the name they would like to use and press Enter: they are added and marked present. Visitors who would rather stay anonymous are just a number (Alt+V). Ctrl+Shift+P marks everyone present at once.</source>
            <translation>شخص جديد؟ اضغط Ctrl+W، واكتب الاسم الذي يحب أن يُنادى به، واضغط Enter: يُضاف ويُسجَّل حضوره. الزوار الذين يفضّلون البقاء دون أسماء يُحسبون عددًا فقط (Alt+V). Ctrl+Shift+P يسجّل حضور الجميع دفعة واحدة.</translation>
        </message>
        <message>
            <source>Made a slip? Ctrl+Z undoes it, Ctrl+Shift+Z puts it back.</source>
            <translation>أخطأت؟ Ctrl+Z يتراجع، وCtrl+Shift+Z يعيد.</translation>
        </message>
        <message>
            <source>The round</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>In the Check-ins tab (Ctrl+2) type each person's number and press Enter to move on to the next person. Tab goes to the optional word. Anyone may pass: press X, and a pass is kept as a pass, never as a zero.</source>
            <translation>في تبويب الاطمئنان (Ctrl+2) اكتب رقم كل شخص واضغط Enter للانتقال إلى الشخص التالي. Tab ينتقل إلى الكلمة الاختيارية. يمكن لأي أحد التخطي: اضغط X، ويُحفظ التخطي تخطيًا، وليس صفرًا أبدًا.</translation>
        </message>
        <message>
            <source>A gentle flag beside a name is only a prompt that you might check in with that person quietly later. It is not a judgement about anyone.</source>
            <translation>العلامة اللطيفة بجانب اسم ما هي إلا تذكير بأنك قد ترغب في الاطمئنان على ذلك الشخص بهدوء لاحقًا. وليست حكمًا على أحد.</translation>
        </message>
        <message>
            <source>After the evening</source>
            <translation>بعد الأمسية</translation>
        </message>
        <message>
            <source>Jot a few notes in the Notes tab (Ctrl+3): themes, what helped, anything to follow up. Refer to people by their initials; Ctrl+I puts a member's initials where you are typing. Notes are saved as you type.</source>
            <translation>دوّن بعض الملاحظات في تبويب الملاحظات (Ctrl+3): المحاور، وما ساعد، وأي شيء للمتابعة. أشر إلى الناس بأحرفهم الأولى؛ Ctrl+I يضع الأحرف الأولى لعضو حيث تكتب. تُحفظ الملاحظات أثناء الكتابة.</translation>
        </message>
        <message>
            <source>Ctrl+P prints a summary of the session. Ctrl+B makes a backup now (one is also made when you close the window).</source>
            <translation>Ctrl+P يطبع ملخص الجلسة. Ctrl+B ينشئ نسخة احتياطية الآن (وتُنشأ أخرى أيضًا عند إغلاق النافذة).</translation>
        </message>
        <message>
            <source>Stepping away from the laptop? Ctrl+L locks the window, and it locks by itself after a few quiet minutes (File &gt; Lock after).</source>
            <translation>ستبتعد عن الحاسوب؟ Ctrl+L يقفل النافذة، وتقفل نفسها بعد دقائق قليلة من الهدوء (ملف &gt; القفل بعد).</translation>
        </message>
        <message>
            <source>Making it comfortable</source>
            <translation>لراحتك</translation>
        </message>
        <message>
            <source>View &gt; Text size makes the writing larger (Ctrl+=) or smaller (Ctrl+-); Ctrl+0 goes back to normal. View &gt; High contrast (Ctrl+Shift+H) gives stronger colours. Date fields open their calendar with F4 or Alt+Down.</source>
            <translation>عرض &gt; حجم النص يكبّر الكتابة (Ctrl+=) أو يصغّرها (Ctrl+-)؛ وCtrl+0 يعيدها إلى الحجم العادي. عرض &gt; التباين العالي (Ctrl+Shift+H) يعطي ألوانًا أقوى. حقول التاريخ تفتح تقويمها بـF4 أو Alt+السهم لأسفل.</translation>
        </message>
        <message>
            <source>F1 opens this guide again. Help &gt; Keyboard shortcuts (Ctrl+/) lists every key.</source>
            <translation>F1 يفتح هذا الدليل مجددًا. مساعدة &gt; اختصارات لوحة المفاتيح (Ctrl+/) يعرض كل المفاتيح.</translation>
        </message>
    </context>
    <context>
        <name>GivenAtList</name>
        <message>
            <source>Sessions this handout was given at</source>
            <translation>الجلسات التي وُزّعت فيها هذه المطوية</translation>
        </message>
        <message>
            <source>Every session the selected handout was given at, newest first (Enter or double-click opens the session)</source>
            <translation>كل جلسة وُزّعت فيها المطوية المختارة، الأحدث أولًا (Enter أو النقر المزدوج يفتح الجلسة)</translation>
        </message>
        <message>
            <source>Given a&amp;t:</source>
            <translation>وُزّعت في (&amp;T):</translation>
        </message>
        <message>
            <source>{short_date} · {group_name}</source>
            <translation>{short_date} · {group_name}</translation>
        </message>
        <message>
            <source>Not given at any session yet.</source>
            <translation>لم تُوزَّع في أي جلسة بعد.</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <source>Weekly</source>
            <translation>أسبوعيًا</translation>
        </message>
        <message>
            <source>Every other week</source>
            <translation>كل أسبوعين</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>شهريًا</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>الأول</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>الثاني</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>الثالث</translation>
        </message>
        <message>
            <source>4th</source>
            <translation>الرابع</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>الأخير</translation>
        </message>
        <message>
            <source>What is said here stays here. We listen without interrupting and speak from our own experience. We offer advice only when asked. Anyone may pass. Phones away, please.</source>
            <translation>ما يُقال هنا يبقى هنا. نستمع دون مقاطعة ونتحدث من تجربتنا الخاصة. لا نقدّم النصيحة إلا عندما تُطلب. يمكن لأي أحد أن يتخطى. ضعوا الهواتف جانبًا من فضلكم.</translation>
        </message>
        <message>
            <source>Check-ins already recorded stay as they were; a new check-in applies to sessions not yet checked in.</source>
            <translation>يبقى الاطمئنان المسجل كما كان؛ ويُطبَّق الاطمئنان الجديد على الجلسات التي لم يُسجل فيها بعد.</translation>
        </message>
        <message>
            <source>Changing the agreement starts a new version; members are asked to acknowledge it again.</source>
            <translation>تغيير الاتفاق يبدأ إصدارًا جديدًا؛ ويُطلب من الأعضاء الإقرار به مجددًا.</translation>
        </message>
        <message>
            <source>Edit group</source>
            <translation>تعديل المجموعة</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>مجموعة جديدة</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Create group</source>
            <translation>إنشاء المجموعة</translation>
        </message>
        <message>
            <source>Save the changes to this group.</source>
            <translation>يحفظ تغييرات هذه المجموعة.</translation>
        </message>
        <message>
            <source>Create the group.</source>
            <translation>ينشئ المجموعة.</translation>
        </message>
        <message>
            <source>About the group</source>
            <translation>عن المجموعة</translation>
        </message>
        <message>
            <source>The group's name, where it meets and how it checks in.</source>
            <translation>اسم المجموعة ومكان لقائها وطريقة الاطمئنان فيها.</translation>
        </message>
        <message>
            <source>When it meets</source>
            <translation>متى تلتقي</translation>
        </message>
        <message>
            <source>The group's meeting pattern, used to schedule sessions.</source>
            <translation>نمط لقاءات المجموعة، ويُستخدم لجدولة الجلسات.</translation>
        </message>
        <message>
            <source>For example: Tuesday Evening Peer Support</source>
            <translation>مثال: مجموعة الدعم المتبادل مساء الثلاثاء</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>الاسم (&amp;N)</translation>
        </message>
        <message>
            <source>The group's name, as members know it. Required.</source>
            <translation>اسم المجموعة كما يعرفه أعضاؤها. مطلوب.</translation>
        </message>
        <message>
            <source>Where the group usually meets</source>
            <translation>أين تلتقي المجموعة عادةً</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>المكان (&amp;V)</translation>
        </message>
        <message>
            <source>Where the group usually meets. Each session can have its own venue too.</source>
            <translation>أين تلتقي المجموعة عادةً. ويمكن أن يكون لكل جلسة مكانها أيضًا.</translation>
        </message>
        <message>
            <source>No scored check-in</source>
            <translation>لا اطمئنان بالنقاط</translation>
        </message>
        <message>
            <source>&amp;Check-in</source>
            <translation>الاطمئنان (&amp;C)</translation>
        </message>
        <message>
            <source>How members check in at the start of each session. Anyone may always pass.</source>
            <translation>كيف يطمئن الأعضاء على بعضهم في بداية كل جلسة. يمكن لأي أحد التخطي دائمًا.</translation>
        </message>
        <message>
            <source>Who the group is for, in a sentence or two (optional)</source>
            <translation>لمن هذه المجموعة، في جملة أو اثنتين (اختياري)</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>الوصف (&amp;P)</translation>
        </message>
        <message>
            <source>Who the group is for. Optional.</source>
            <translation>لمن هذه المجموعة. اختياري.</translation>
        </message>
        <message>
            <source>Group &amp;agreement</source>
            <translation>اتفاق المجموعة (&amp;A)</translation>
        </message>
        <message>
            <source>The guidelines read aloud at the start of each session.</source>
            <translation>الإرشادات التي تُقرأ بصوت عالٍ في بداية كل جلسة.</translation>
        </message>
        <message>
            <source>&amp;Meets</source>
            <translation>تلتقي (&amp;M)</translation>
        </message>
        <message>
            <source>How often the group meets.</source>
            <translation>كم مرة تلتقي المجموعة.</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>اليوم (&amp;D)</translation>
        </message>
        <message>
            <source>The day of the week the group meets.</source>
            <translation>يوم الأسبوع الذي تلتقي فيه المجموعة.</translation>
        </message>
        <message>
            <source>&amp;Which week</source>
            <translation>أي أسبوع (&amp;W)</translation>
        </message>
        <message>
            <source>For a monthly group: which of the month's weeks it meets in (for example the 1st Tuesday).</source>
            <translation>لمجموعة شهرية: في أي أسبوع من الشهر تلتقي (مثل أول ثلاثاء).</translation>
        </message>
        <message>
            <source>&amp;Starting from</source>
            <translation>ابتداءً من (&amp;S)</translation>
        </message>
        <message>
            <source>The first date of the pattern: sessions are scheduled from it (or from an earlier date you choose, to add past sessions), and it sets which weeks an every-other-week group meets in.</source>
            <translation>أول تاريخ في النمط: تُجدول الجلسات منه (أو من تاريخ أسبق تختاره لإضافة جلسات ماضية)، ويحدد الأسابيع التي تلتقي فيها مجموعة كل أسبوعين.</translation>
        </message>
        <message>
            <source>&amp;Time</source>
            <translation>الوقت (&amp;T)</translation>
        </message>
        <message>
            <source>The time sessions start (24-hour clock).</source>
            <translation>وقت بدء الجلسات (نظام 24 ساعة).</translation>
        </message>
        <message>
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <source>&amp;Length</source>
            <translation>المدة (&amp;L)</translation>
        </message>
        <message>
            <source>How long a session lasts, in minutes.</source>
            <translation>مدة الجلسة بالدقائق.</translation>
        </message>
        <message>
            <source>Meeting pattern</source>
            <translation>نمط اللقاءات</translation>
        </message>
        <message>
            <source>Date to skip</source>
            <translation>تاريخ يُتخطّى</translation>
        </message>
        <message>
            <source>Choose a date the group will not meet, then Add date.</source>
            <translation>اختر تاريخًا لن تلتقي فيه المجموعة، ثم إضافة التاريخ.</translation>
        </message>
        <message>
            <source>Add dat&amp;e</source>
            <translation>إضافة التاريخ (&amp;E)</translation>
        </message>
        <message>
            <source>Add date</source>
            <translation>إضافة التاريخ</translation>
        </message>
        <message>
            <source>Add the chosen date to the skipped dates.</source>
            <translation>يضيف التاريخ المختار إلى التواريخ المتخطاة.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>إزالة (&amp;R)</translation>
        </message>
        <message>
            <source>Remove skipped date</source>
            <translation>إزالة التاريخ المتخطى</translation>
        </message>
        <message>
            <source>Remove the selected skipped date (or press Delete in the list).</source>
            <translation>يزيل التاريخ المتخطى المختار (أو اضغط Delete في القائمة).</translation>
        </message>
        <message>
            <source>S&amp;kipped dates</source>
            <translation>التواريخ المتخطاة (&amp;K)</translation>
        </message>
        <message>
            <source>Skipped dates</source>
            <translation>التواريخ المتخطاة</translation>
        </message>
        <message>
            <source>Dates the group will not meet, such as holidays. Select one and press Delete to remove it.</source>
            <translation>تواريخ لن تلتقي فيها المجموعة، كالعطل. اختر واحدًا واضغط Delete لإزالته.</translation>
        </message>
        <message>
            <source>Current check-in (no longer listed)</source>
            <translation>الاطمئنان الحالي (لم يعد مدرجًا)</translation>
        </message>
        <message>
            <source>Please enter a group name: it cannot be left blank.</source>
            <translation>اكتب اسمًا للمجموعة: لا يمكن تركه فارغًا.</translation>
        </message>
    </context>
    <context>
        <name>GroupListModel</name>
        <message>
            <source> at {venue}</source>
            <translation> في {venue}</translation>
        </message>
    </context>
    <context>
        <name>GroupReport</name>
        <message>
            <source>Group report</source>
            <translation>تقرير المجموعة</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>من {first} إلى {last}</translation>
        </message>
        <message>
            <source>{name}, {low} to {high}</source>
            <translation>{name}، من {low} إلى {high}</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>الجلسات المعقودة</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>الملغاة</translation>
        </message>
        <message>
            <source>Did not meet</source>
            <translation>لم تنعقد</translation>
        </message>
        <message>
            <source>Planned (not yet held)</source>
            <translation>مخططة (لم تُعقد بعد)</translation>
        </message>
        <message>
            <source>Average attendance</source>
            <translation>متوسط الحضور</translation>
        </message>
        <message>
            <source>{people} people per session held ({members} members, {visitors} visitors)</source>
            <translation>{people} شخصًا في كل جلسة معقودة ({members} أعضاء، {visitors} زوار)</translation>
        </message>
        <message>
            <source>No sessions held</source>
            <translation>لم تُعقد أي جلسة</translation>
        </message>
        <message>
            <source>Highest and lowest</source>
            <translation>الأعلى والأدنى</translation>
        </message>
        <message>
            <source>{high} and {low}</source>
            <translation>{high} و{low}</translation>
        </message>
        <message>
            <source>Members on {date}</source>
            <translation>الأعضاء في {date}</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>أعضاء جدد</translation>
        </message>
        <message>
            <source>Members who left</source>
            <translation>أعضاء غادروا</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>الاطمئنان</translation>
        </message>
        <message>
            <source>{checkins} ({passes} passes)</source>
            <translation>{checkins} ({passes} تخطٍّ)</translation>
        </message>
        <message>
            <source>, with {scale}</source>
            <translation>، بمقياس {scale}</translation>
        </message>
        <message>
            <source>Average check-in</source>
            <translation>متوسط الاطمئنان</translation>
        </message>
        <message>
            <source> (of {most})</source>
            <translation> (من {most})</translation>
        </message>
        <message>
            <source>Attendance per session</source>
            <translation>الحضور في كل جلسة</translation>
        </message>
        <message>
            <source>People in the room at each session held: members (dark) and visitors (light). Cancelled sessions and sessions that did not meet are left out.</source>
            <translation>الحاضرون في القاعة في كل جلسة معقودة: الأعضاء (داكن) والزوار (فاتح). تُستبعد الجلسات الملغاة والتي لم تنعقد.</translation>
        </message>
        <message>
            <source>No sessions were held in this period.</source>
            <translation>لم تُعقد أي جلسة في هذه الفترة.</translation>
        </message>
        <message>
            <source>Check-ins over time</source>
            <translation>الاطمئنان عبر الزمن</translation>
        </message>
        <message>
            <source>The round's average {name} total each month ({scale}). Passes are not counted as scores.</source>
            <translation>متوسط مجموع {name} في الجولة كل شهر ({scale}). لا يُحسب التخطي نقاطًا.</translation>
        </message>
        <message>
            <source>check-in</source>
            <translation>الاطمئنان</translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s) made with another instrument [is|are] not included.</source>
            <translation>
                <numerusform>لا اطمئنان بأداة أخرى.</numerusform>
                <numerusform>لا يُضمَّن اطمئنان واحد أُجري بأداة أخرى.</numerusform>
                <numerusform>لا يُضمَّن اطمئنانان أُجريا بأداة أخرى.</numerusform>
                <numerusform>لا تُضمَّن %n مرات اطمئنان أُجريت بأداة أخرى.</numerusform>
                <numerusform>لا تُضمَّن %n مرة اطمئنان أُجريت بأداة أخرى.</numerusform>
                <numerusform>لا تُضمَّن %n مرة اطمئنان أُجريت بأداة أخرى.</numerusform>
            </translation>
        </message>
        <message>
            <source>No check-ins with a score were recorded in this period.</source>
            <translation>لم يُسجَّل أي اطمئنان بالنقاط في هذه الفترة.</translation>
        </message>
        <message>
            <source>Month by month</source>
            <translation>شهرًا بشهر</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>الشهر</translation>
        </message>
        <message>
            <source>Average in the room</source>
            <translation>المتوسط في القاعة</translation>
        </message>
        <message>
            <source>Passes</source>
            <translation>التخطي</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>الأعضاء</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>الزوار</translation>
        </message>
        <message>
            <source>In the room</source>
            <translation>في القاعة</translation>
        </message>
        <message>
            <source>The group had no sessions in this period.</source>
            <translation>لم تكن للمجموعة جلسات في هذه الفترة.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>انضم</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>غادر</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>الجلسات التي حضرها</translation>
        </message>
        <message>
            <source>{attended} of {possible}</source>
            <translation>{attended} من {possible}</translation>
        </message>
        <message>
            <source>Sessions attended counts the sessions held while each person was a member. Left is shown when they left during the period.</source>
            <translation>تَحسب «الجلسات التي حضرها» الجلساتِ المعقودة أثناء عضوية كل شخص. ويظهر «غادر» إن غادر خلال الفترة.</translation>
        </message>
        <message>
            <source>Nobody was a member of the group in this period.</source>
            <translation>لم يكن أحد عضوًا في المجموعة في هذه الفترة.</translation>
        </message>
        <message>
            <source>Names shown as: {level}. Attendance counts members who were present, late or left early, plus visitors.</source>
            <translation>تظهر الأسماء بصيغة: {level}. يَحسب الحضور الأعضاء الحاضرين أو المتأخرين أو المغادرين مبكرًا، إضافة إلى الزوار.</translation>
        </message>
        <message>
            <source>{group}, {first} to {last}</source>
            <translation>{group}، من {first} إلى {last}</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>تاريخ الجلسة</translation>
        </message>
        <message>
            <source>People in the room</source>
            <translation>الحاضرون في القاعة</translation>
        </message>
        <message>
            <source>Average {name}</source>
            <translation>متوسط {name}</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>Edit handout</source>
            <translation>تعديل المطوية</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Save the changes to this handout.</source>
            <translation>يحفظ تغييرات هذه المطوية.</translation>
        </message>
        <message>
            <source>File: {file_line}</source>
            <translation>الملف: {file_line}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>العنوان (&amp;T)</translation>
        </message>
        <message>
            <source>The title shown in the library and on handout packs.</source>
            <translation>العنوان الظاهر في المكتبة وفي حزم المطويات.</translation>
        </message>
        <message>
            <source>For example: {examples}</source>
            <translation>مثال: {examples}</translation>
        </message>
        <message>
            <source>For example: sleep, grounding</source>
            <translation>مثال: النوم، التهدئة</translation>
        </message>
        <message>
            <source>Words to find the handout by, separated by commas.</source>
            <translation>كلمات للعثور على المطوية، تفصل بينها فواصل.</translation>
        </message>
        <message>
            <source> Topics already in the library: </source>
            <translation> موضوعات موجودة في المكتبة: </translation>
        </message>
        <message>
            <source>To&amp;pics</source>
            <translation>الموضوعات (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>الوصف (&amp;D)</translation>
        </message>
        <message>
            <source>A sentence or two on what the handout covers and when it helps.</source>
            <translation>جملة أو اثنتان عما تتناوله المطوية ومتى تفيد.</translation>
        </message>
        <message>
            <source>For example: 2 or March 2026</source>
            <translation>مثال: 2 أو مارس 2026</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>الإصدار (&amp;V)</translation>
        </message>
        <message>
            <source>Which version or edition this is, if that matters.</source>
            <translation>أي إصدار أو طبعة هذه، إن كان ذلك مهمًا.</translation>
        </message>
        <message>
            <source>Please enter a title: it cannot be left blank.</source>
            <translation>اكتب عنوانًا: لا يمكن تركه فارغًا.</translation>
        </message>
    </context>
    <context>
        <name>HandoutEmptyPage</name>
        <message>
            <source>Start with four generic handouts written for peer support groups: our group agreement, grounding (the 5-4-3-2-1 technique), a support contacts page with blanks to fill in, and sleep basics. You can edit or remove them later.

Or import your own PDF, PNG, JPEG, plain text or Markdown files, or drag them onto this tab. Handouts are kept inside the data file, so they travel with it and work offline.</source>
            <translation>ابدأ بأربع مطويات عامة كُتبت لمجموعات الدعم المتبادل: اتفاق مجموعتنا، والتهدئة (تقنية 5-4-3-2-1)، وصفحة جهات دعم بفراغات تُملأ، وأساسيات النوم. يمكنك تعديلها أو إزالتها لاحقًا.

أو استورد ملفاتك من PDF أو PNG أو JPEG أو النصوص أو Markdown، أو اسحبها إلى هذا التبويب. تُحفظ المطويات داخل ملف البيانات، فتنتقل معه وتعمل دون اتصال.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Your handout library is empty&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;مكتبة المطويات فارغة&lt;/h3&gt;</translation>
        </message>
    </context>
    <context>
        <name>HandoutFilterBar</name>
        <message>
            <source>All topics</source>
            <translation>كل الموضوعات</translation>
        </message>
        <message>
            <source>Type to filter by title, topic or description</source>
            <translation>اكتب للتصفية حسب العنوان أو الموضوع أو الوصف</translation>
        </message>
        <message>
            <source>Filter the handouts</source>
            <translation>تصفية المطويات</translation>
        </message>
        <message>
            <source>Shows only handouts whose title, topics, description or file name contain every word you type (Ctrl+F)</source>
            <translation>يعرض فقط المطويات التي يحتوي عنوانها أو موضوعاتها أو وصفها أو اسم ملفها على كل الكلمات التي تكتبها (Ctrl+F)</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>Shows only the handouts with this topic</source>
            <translation>يعرض فقط المطويات ذات هذا الموضوع</translation>
        </message>
        <message>
            <source>Topic:</source>
            <translation>الموضوع:</translation>
        </message>
    </context>
    <context>
        <name>HandoutImportMixin</name>
        <message>
            <source>Import handouts</source>
            <translation>استيراد المطويات</translation>
        </message>
        <message>
            <source>{FILE_DIALOG_FILTER};;All files (*)</source>
            <translation>{FILE_DIALOG_FILTER};;كل الملفات (*)</translation>
        </message>
        <message>
            <source>“{title}”</source>
            <translation>«{title}»</translation>
        </message>
        <message numerus="yes">
            <source>%n handout(s)</source>
            <translation>
                <numerusform>لا مطويات</numerusform>
                <numerusform>مطوية واحدة</numerusform>
                <numerusform>مطويتين</numerusform>
                <numerusform>%n مطويات</numerusform>
                <numerusform>%n مطوية</numerusform>
                <numerusform>%n مطوية</numerusform>
            </translation>
        </message>
        <message>
            <source>Import {what}</source>
            <translation>استيراد {what}</translation>
        </message>
        <message>
            <source>Added {what} to the library. Edit… adds topics and a description.</source>
            <translation>أُضيفت {what} إلى المكتبة. تعديل… يضيف موضوعات ووصفًا.</translation>
        </message>
        <message>
            <source>{refused} of the {count} files were not imported:</source>
            <translation>لم يُستورد {refused} من {count} ملفات:</translation>
        </message>
        <message>
            <source>{refused} of the {count} files were not imported; the others were:</source>
            <translation>لم يُستورد {refused} من {count} ملفات؛ واستُوردت البقية:</translation>
        </message>
        <message>
            <source>The starter handouts are already in the library.</source>
            <translation>المطويات الأساسية موجودة في المكتبة مسبقًا.</translation>
        </message>
        <message>
            <source>Add the starter handouts</source>
            <translation>إضافة المطويات الأساسية</translation>
        </message>
        <message>
            <source>Added {count} starter handouts. Edit them to suit your group.</source>
            <translation>أُضيفت {count} مطويات أساسية. عدّلها لتناسب مجموعتك.</translation>
        </message>
        <message>
            <source>Drop the files here to add them to the handout library.</source>
            <translation>أفلت الملفات هنا لإضافتها إلى مكتبة المطويات.</translation>
        </message>
    </context>
    <context>
        <name>HandoutLibraryModel</name>
        <message>
            <source>PNG image</source>
            <translation>صورة PNG</translation>
        </message>
        <message>
            <source>JPEG image</source>
            <translation>صورة JPEG</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>نص</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>لا جلسات</numerusform>
                <numerusform>جلسة واحدة</numerusform>
                <numerusform>جلستان</numerusform>
                <numerusform>%n جلسات</numerusform>
                <numerusform>%n جلسة</numerusform>
                <numerusform>%n جلسة</numerusform>
            </translation>
        </message>
        <message>
            <source>{size} bytes</source>
            <translation>{size} بايت</translation>
        </message>
        <message>
            <source>{value:.0f} KB</source>
            <translation>{value:.0f} ك.بايت</translation>
        </message>
        <message>
            <source>{value:.1f} MB</source>
            <translation>{value:.1f} م.بايت</translation>
        </message>
        <message>
            <source>Topics: {topics}</source>
            <translation>الموضوعات: {topics}</translation>
        </message>
        <message>
            <source>{file} · {size}</source>
            <translation>{file} · {size}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Given at {lower}, in every group</source>
            <translation>وُزّعت في {lower}، في كل المجموعات</translation>
        </message>
        <message>
            <source>Choose a session on the left to mark handouts as given at it</source>
            <translation>اختر جلسة من القائمة الجانبية لتعليم المطويات الموزعة فيها</translation>
        </message>
        <message>
            <source>Given at this session</source>
            <translation>وُزّعت في هذه الجلسة</translation>
        </message>
        <message>
            <source>Not given at this session</source>
            <translation>لم تُوزَّع في هذه الجلسة</translation>
        </message>
        <message>
            <source>This session did not take place, so handouts cannot be marked as given at it</source>
            <translation>لم تُعقد هذه الجلسة، لذا لا يمكن تعليم مطويات موزعة فيها</translation>
        </message>
        <message>
            <source>Given at this session. Space unticks it.</source>
            <translation>وُزّعت في هذه الجلسة. المسافة تلغي التعليم.</translation>
        </message>
        <message>
            <source>Not given at this session. Space ticks it.</source>
            <translation>لم تُوزَّع في هذه الجلسة. المسافة تعلّمها.</translation>
        </message>
    </context>
    <context>
        <name>HandoutLibraryView</name>
        <message>
            <source>Handout library</source>
            <translation>مكتبة المطويات</translation>
        </message>
        <message>
            <source>Space: given at this session (ticks or unticks) · Enter: edit details · Delete: remove from the library</source>
            <translation>المسافة: وُزّعت في هذه الجلسة (تعليم أو إلغاء) · Enter: تعديل البيانات · Delete: إزالة من المكتبة</translation>
        </message>
    </context>
    <context>
        <name>HandoutPack</name>
        <message>
            <source>Handout pack</source>
            <translation>حزمة المطويات</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>خط الأزمات</translation>
        </message>
        <message>
            <source>Write your local crisis line's number here, to have it to hand day and night.</source>
            <translation>اكتب هنا رقم خط الأزمات المحلي، ليكون في متناولك ليلًا ونهارًا.</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>الصفحة {number} من {total}</translation>
        </message>
        <message>
            <source>Topic: {topic}</source>
            <translation>الموضوع: {topic}</translation>
        </message>
        <message>
            <source>Group agreement</source>
            <translation>اتفاق المجموعة</translation>
        </message>
        <message>
            <source>Support contacts</source>
            <translation>جهات الدعم</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>المحتويات</translation>
        </message>
        <message>
            <source>Version {version}. Read aloud at the start of each session.</source>
            <translation>الإصدار {version}. يُقرأ بصوت عالٍ في بداية كل جلسة.</translation>
        </message>
        <message>
            <source>The group has not written down its agreement yet.</source>
            <translation>لم تكتب المجموعة اتفاقها بعد.</translation>
        </message>
        <message>
            <source>People and services you can contact between sessions.</source>
            <translation>أشخاص وخدمات يمكنك التواصل معهم بين الجلسات.</translation>
        </message>
        <message>
            <source>If you or someone else is in immediate danger, call your local emergency number.</source>
            <translation>إن كنت أنت أو غيرك في خطر داهم، فاتصل برقم الطوارئ المحلي.</translation>
        </message>
    </context>
    <context>
        <name>HandoutPreview</name>
        <message>
            <source>Preview of the first page</source>
            <translation>معاينة الصفحة الأولى</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>معاينة</translation>
        </message>
        <message>
            <source>The first page of the selected handout (the arrow keys scroll)</source>
            <translation>الصفحة الأولى من المطوية المختارة (الأسهم للتمرير)</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>جارٍ تحضير المعاينة…</translation>
        </message>
        <message>
            <source>An image of the first page</source>
            <translation>صورة للصفحة الأولى</translation>
        </message>
        <message>
            <source>A smaller copy of the image</source>
            <translation>نسخة أصغر من الصورة</translation>
        </message>
        <message>
            <source>There is nothing to preview.</source>
            <translation>لا شيء للمعاينة.</translation>
        </message>
        <message>
            <source>

*…the preview shows the opening lines only.*</source>
            <translation>

*…تعرض المعاينة الأسطر الأولى فقط.*</translation>
        </message>
        <message>
            <source>

…the preview shows the opening lines only.</source>
            <translation>

…تعرض المعاينة الأسطر الأولى فقط.</translation>
        </message>
        <message>
            <source>The opening lines of the text</source>
            <translation>الأسطر الأولى من النص</translation>
        </message>
    </context>
    <context>
        <name>HandoutSessionWording</name>
        <message>
            <source>No session selected. Choose a session on the left to tick the handouts given at it.</source>
            <translation>لم تُختر جلسة. اختر جلسة من القائمة الجانبية لتعليم المطويات الموزعة فيها.</translation>
        </message>
        <message>
            <source> of {name}</source>
            <translation> لمجموعة {name}</translation>
        </message>
        <message>
            <source>The session on {short_date}{of_group} is marked “{label}”, so no handouts can be ticked for it.</source>
            <translation>جلسة {short_date}{of_group} معلَّمة «{label}»، لذا لا يمكن تعليم أي مطوية فيها.</translation>
        </message>
        <message>
            <source>Tick the handouts given at the session on {short_date}{of_group}. Space ticks or unticks the selected one.</source>
            <translation>علّم المطويات الموزعة في جلسة {short_date}{of_group}. المسافة تعلّم المختارة أو تلغي تعليمها.</translation>
        </message>
    </context>
    <context>
        <name>HandoutSide</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>لا صفحات</numerusform>
                <numerusform>صفحة واحدة</numerusform>
                <numerusform>صفحتان</numerusform>
                <numerusform>%n صفحات</numerusform>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحة</numerusform>
            </translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>الإصدار {version}</translation>
        </message>
        <message>
            <source>Handout</source>
            <translation>المطوية</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>No handout selected</source>
            <translation>لم تُختر مطوية</translation>
        </message>
    </context>
    <context>
        <name>HandoutsPanel</name>
        <message>
            <source>Handouts</source>
            <translation>المطويات</translation>
        </message>
        <message>
            <source>Selected session</source>
            <translation>الجلسة المختارة</translation>
        </message>
        <message>
            <source>Import files…</source>
            <translation>استيراد ملفات…</translation>
        </message>
        <message>
            <source>Add PDF, PNG, JPEG, text or Markdown files to the library (you can also drag files onto this tab)</source>
            <translation>يضيف إلى المكتبة ملفات PDF أو PNG أو JPEG أو نصوصًا أو Markdown (يمكنك أيضًا سحب الملفات إلى هذا التبويب)</translation>
        </message>
        <message>
            <source>No handouts match</source>
            <translation>لا مطويات مطابقة</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>تعديل (&amp;D)…</translation>
        </message>
        <message>
            <source>Edit the title, topics, description and version of the selected handout (Enter)</source>
            <translation>تعديل عنوان المطوية المختارة وموضوعاتها ووصفها وإصدارها (Enter)</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>إزالة (&amp;M)…</translation>
        </message>
        <message>
            <source>Take the selected handout out of the library (Delete; Ctrl+Z brings it back)</source>
            <translation>يزيل المطوية المختارة من المكتبة (Delete؛ Ctrl+Z يعيدها)</translation>
        </message>
        <message>
            <source>Add the starter handouts</source>
            <translation>إضافة المطويات الأساسية</translation>
        </message>
        <message>
            <source>Add four generic handouts written for peer support groups: a group agreement, grounding, support contacts (blanks to fill in) and sleep basics</source>
            <translation>يضيف أربع مطويات عامة كُتبت لمجموعات الدعم المتبادل: اتفاق مجموعة، والتهدئة، وجهات الدعم (فراغات تُملأ)، وأساسيات النوم</translation>
        </message>
        <message>
            <source>Given: {title}</source>
            <translation>وُزّعت: {title}</translation>
        </message>
        <message>
            <source>Not given: {title}</source>
            <translation>لم تُوزَّع: {title}</translation>
        </message>
        <message>
            <source>“{title}” marked as given at the session on {when}.</source>
            <translation>عُلّمت «{title}» موزعةً في جلسة {when}.</translation>
        </message>
        <message>
            <source>“{title}” is no longer marked as given on {when}.</source>
            <translation>لم تعد «{title}» معلَّمة موزعةً في {when}.</translation>
        </message>
        <message>
            <source>Choose a session that took place on the left to mark handouts given.</source>
            <translation>اختر من القائمة الجانبية جلسة عُقدت لتعليم المطويات الموزعة.</translation>
        </message>
        <message>
            <source>Edit handout: {title}</source>
            <translation>تعديل المطوية: {title}</translation>
        </message>
        <message>
            <source> It was given at {lower}; those sessions will no longer list it.</source>
            <translation> وُزّعت في {lower}؛ ولن تظهر بعد الآن في تلك الجلسات.</translation>
        </message>
        <message>
            <source>Remove handout</source>
            <translation>إزالة المطوية</translation>
        </message>
        <message>
            <source>Take “{title}” out of the handout library?{given}

Edit &gt; Undo (Ctrl+Z) brings it back.</source>
            <translation>هل تزيل «{title}» من مكتبة المطويات؟{given}

تحرير &gt; تراجع (Ctrl+Z) يعيدها.</translation>
        </message>
        <message>
            <source>Remove handout: {title}</source>
            <translation>إزالة المطوية: {title}</translation>
        </message>
        <message>
            <source>“{title}” was taken out of the library. Ctrl+Z brings it back.</source>
            <translation>أُزيلت «{title}» من المكتبة. Ctrl+Z يعيدها.</translation>
        </message>
        <message>
            <source>No handouts match the filter. Clear the filter or choose “All topics” to see the whole library.</source>
            <translation>لا مطويات تطابق التصفية. امسح التصفية أو اختر «كل الموضوعات» لرؤية المكتبة كاملة.</translation>
        </message>
    </context>
    <context>
        <name>Headers</name>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Why it was made</source>
            <translation>سبب إنشائها</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>مفحوصة</translation>
        </message>
        <message>
            <source>What it holds</source>
            <translation>ماذا تحتوي</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Pronouns</source>
            <translation>الضمائر</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>This session</source>
            <translation>هذه الجلسة</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>الموضوعات</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Given at</source>
            <translation>وُزّعت في</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>انضم</translation>
        </message>
        <message>
            <source>Last came</source>
            <translation>آخر حضور</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
    </context>
    <context>
        <name>HistoryWording</name>
        <message>
            <source>This date is in the past: it will be added as a session to record.</source>
            <translation>هذا التاريخ في الماضي: سيُضاف جلسةً للتسجيل.</translation>
        </message>
        <message>
            <source>All {past}</source>
            <translation>كل {past}</translation>
        </message>
        <message>
            <source>{which} of these dates are in the past: they will be added as sessions to record.</source>
            <translation>{which} من هذه التواريخ في الماضي: ستُضاف جلساتٍ للتسجيل.</translation>
        </message>
        <message>
            <source>First session: {format_day}.</source>
            <translation>الجلسة الأولى: {format_day}.</translation>
        </message>
        <message numerus="yes">
            <source>%n date(s) before today</source>
            <translation>
                <numerusform>لا تواريخ قبل اليوم</numerusform>
                <numerusform>تاريخ واحد قبل اليوم</numerusform>
                <numerusform>تاريخان قبل اليوم</numerusform>
                <numerusform>%n تواريخ قبل اليوم</numerusform>
                <numerusform>%n تاريخًا قبل اليوم</numerusform>
                <numerusform>%n تاريخ قبل اليوم</numerusform>
            </translation>
        </message>
        <message>
            <source>First session: {format_day}, in the past. Schedule sessions… starts from it: the {dates} will be added as sessions to record.</source>
            <translation>الجلسة الأولى: {format_day}، في الماضي. جدولة الجلسات… تبدأ منها: ستُضاف {dates} جلساتٍ للتسجيل.</translation>
        </message>
    </context>
    <context>
        <name>ImportColumnChoices</name>
        <message>
            <source>Ignore this column</source>
            <translation>تجاهل هذا العمود</translation>
        </message>
    </context>
    <context>
        <name>ImportDestination</name>
        <message>
            <source>No group</source>
            <translation>بلا مجموعة</translation>
        </message>
        <message>
            <source>Import the good rows and s&amp;kip the others</source>
            <translation>استيراد الصفوف السليمة وتخطي البقية (&amp;K)</translation>
        </message>
        <message>
            <source>Add them to group</source>
            <translation>إضافتهم إلى المجموعة</translation>
        </message>
        <message>
            <source>The group the imported members join. Choose No group to add them to the store only.</source>
            <translation>المجموعة التي ينضم إليها الأعضاء المستوردون. اختر بلا مجموعة لإضافتهم إلى البيانات فقط.</translation>
        </message>
        <message>
            <source>Add them to &amp;group:</source>
            <translation>إضافتهم إلى المجموعة (&amp;G):</translation>
        </message>
        <message>
            <source>Import the good rows and skip the others</source>
            <translation>استيراد الصفوف السليمة وتخطي البقية</translation>
        </message>
        <message>
            <source>Import every row that can be read, and leave out the rejected ones.</source>
            <translation>يستورد كل صف يمكن قراءته ويستبعد المرفوضة.</translation>
        </message>
    </context>
    <context>
        <name>ImportFileRow</name>
        <message>
            <source>CSV or text files (*.csv *.txt);;All files (*)</source>
            <translation>ملفات CSV أو نصية (*.csv *.txt);;كل الملفات (*)</translation>
        </message>
    </context>
    <context>
        <name>ImportMembersDialog</name>
        <message>
            <source>Choose a CSV file saved from a spreadsheet or a contacts app (Google Contacts, Outlook). Nothing is added until you press Import, and your data is backed up first.</source>
            <translation>اختر ملف CSV محفوظًا من جدول بيانات أو تطبيق جهات اتصال (Google Contacts أو Outlook). لا يُضاف شيء حتى تضغط استيراد، وتُنسخ بياناتك احتياطيًا أولًا.</translation>
        </message>
        <message>
            <source>Import members from a CSV file</source>
            <translation>استيراد الأعضاء من ملف CSV</translation>
        </message>
        <message>
            <source>Choose a file to see what is in it.</source>
            <translation>اختر ملفًا لترى ما فيه.</translation>
        </message>
        <message>
            <source>&amp;Preview:</source>
            <translation>المعاينة (&amp;P):</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>مشكلة</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>انتهى الاستيراد</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>استيراد (&amp;I)</translation>
        </message>
        <message>
            <source>Back up your data, then add the members shown as OK.</source>
            <translation>ينشئ نسخة احتياطية من بياناتك، ثم يضيف الأعضاء المعلَّمين بسليم.</translation>
        </message>
        <message>
            <source>Close without importing anything (Esc).</source>
            <translation>إغلاق دون استيراد أي شيء (Esc).</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>جارٍ قراءة {name}…</translation>
        </message>
        <message>
            <source>Importing: {percent}% done. Stop importing to leave everything as it was.</source>
            <translation>جارٍ الاستيراد: اكتمل {percent}٪. إيقاف الاستيراد يترك كل شيء كما كان.</translation>
        </message>
        <message>
            <source>Reading {name}: {percent}%. Stop reading to choose another file.</source>
            <translation>جارٍ قراءة {name}: {percent}٪. أوقف القراءة لاختيار ملف آخر.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>The import is finished: close this window.</source>
            <translation>انتهى الاستيراد: أغلق هذه النافذة.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <source>Rejected: {problems}</source>
            <translation>مرفوض: {problems}</translation>
        </message>
        <message>
            <source>OK: already in the store as {same_as}, not added again</source>
            <translation>سليم: موجود في البيانات باسم {same_as}، ولن يُضاف مرة أخرى</translation>
        </message>
        <message>
            <source>OK: repeats {same_as}, added once</source>
            <translation>سليم: يكرر {same_as}، ويُضاف مرة واحدة</translation>
        </message>
        <message>
            <source>OK: new member</source>
            <translation>سليم: عضو جديد</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>فواصل</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>فواصل منقوطة</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>علامات جدولة</translation>
        </message>
        <message>
            <source>a sheet with its own column names</source>
            <translation>جدول بأسماء أعمدته</translation>
        </message>
        <message>
            <source>a {format}</source>
            <translation>{format}</translation>
        </message>
        <message numerus="yes">
            <source>%n new member(s)</source>
            <translation>
                <numerusform>لا أعضاء جدد</numerusform>
                <numerusform>عضو جديد واحد</numerusform>
                <numerusform>عضوان جديدان</numerusform>
                <numerusform>%n أعضاء جدد</numerusform>
                <numerusform>%n عضوًا جديدًا</numerusform>
                <numerusform>%n عضو جديد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the store</source>
            <translation>
                <numerusform>لا أحد موجود مسبقًا</numerusform>
                <numerusform>واحد موجود في البيانات مسبقًا</numerusform>
                <numerusform>اثنان موجودان في البيانات مسبقًا</numerusform>
                <numerusform>%n موجودون في البيانات مسبقًا</numerusform>
                <numerusform>%n موجودًا في البيانات مسبقًا</numerusform>
                <numerusform>%n موجود في البيانات مسبقًا</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repeated in the file</source>
            <translation>
                <numerusform>لا تكرار في الملف</numerusform>
                <numerusform>واحد مكرر في الملف</numerusform>
                <numerusform>اثنان مكرران في الملف</numerusform>
                <numerusform>%n مكررة في الملف</numerusform>
                <numerusform>%n مكررًا في الملف</numerusform>
                <numerusform>%n مكرر في الملف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>لا مرفوض</numerusform>
                <numerusform>واحد مرفوض</numerusform>
                <numerusform>اثنان مرفوضان</numerusform>
                <numerusform>%n مرفوضة</numerusform>
                <numerusform>%n مرفوضًا</numerusform>
                <numerusform>%n مرفوض</numerusform>
            </translation>
        </message>
        <message>
            <source>Read as {encoding} text with values separated by {separator}; it looks like {kind}.</source>
            <translation>قُرئ نصًا بترميز {encoding} وقيمه مفصولة بـ{separator}؛ ويبدو {kind}.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) under the column names: {counts}.</source>
            <translation>
                <numerusform>لا صفوف تحت أسماء الأعمدة: {counts}.</numerusform>
                <numerusform>صف واحد تحت أسماء الأعمدة: {counts}.</numerusform>
                <numerusform>صفان تحت أسماء الأعمدة: {counts}.</numerusform>
                <numerusform>%n صفوف تحت أسماء الأعمدة: {counts}.</numerusform>
                <numerusform>%n صفًا تحت أسماء الأعمدة: {counts}.</numerusform>
                <numerusform>%n صف تحت أسماء الأعمدة: {counts}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing the first {rows} rows and the first %n rejected row(s)</source>
            <translation>
                <numerusform>تظهر أول {rows} صفًا ولا صفوف مرفوضة</numerusform>
                <numerusform>تظهر أول {rows} صفًا وأول صف مرفوض</numerusform>
                <numerusform>تظهر أول {rows} صفًا وأول صفين مرفوضين</numerusform>
                <numerusform>تظهر أول {rows} صفًا وأول %n صفوف مرفوضة</numerusform>
                <numerusform>تظهر أول {rows} صفًا وأول %n صفًا مرفوضًا</numerusform>
                <numerusform>تظهر أول {rows} صفًا وأول %n صف مرفوض</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing the first {rows} rows and every rejected row</source>
            <translation>تظهر أول {rows} صفًا وكل الصفوف المرفوضة</translation>
        </message>
        <message numerus="yes">
            <source>; %n more row(s) will be imported the same way</source>
            <translation>
                <numerusform>؛ ولن يُستورد غيرها</numerusform>
                <numerusform>؛ وسيُستورد صف آخر بالطريقة نفسها</numerusform>
                <numerusform>؛ وسيُستورد صفان آخران بالطريقة نفسها</numerusform>
                <numerusform>؛ وستُستورد %n صفوف أخرى بالطريقة نفسها</numerusform>
                <numerusform>؛ وسيُستورد %n صفًا آخر بالطريقة نفسها</numerusform>
                <numerusform>؛ وسيُستورد %n صف آخر بالطريقة نفسها</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n more rejected row(s) [is|are] not shown</source>
            <translation>
                <numerusform>؛ ولا صفوف مرفوضة مخفية</numerusform>
                <numerusform>؛ وصف مرفوض آخر غير ظاهر</numerusform>
                <numerusform>؛ وصفان مرفوضان آخران غير ظاهرين</numerusform>
                <numerusform>؛ و%n صفوف مرفوضة أخرى غير ظاهرة</numerusform>
                <numerusform>؛ و%n صفًا مرفوضًا آخر غير ظاهر</numerusform>
                <numerusform>؛ و%n صف مرفوض آخر غير ظاهر</numerusform>
            </translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>السطر {line}</translation>
        </message>
        <message>
            <source>Line {line} of the file: {status_text}.</source>
            <translation>السطر {line} من الملف: {status_text}.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>السطر</translation>
        </message>
        <message>
            <source>What will happen</source>
            <translation>ما الذي سيحدث</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewTable</name>
        <message>
            <source>Preview</source>
            <translation>معاينة</translation>
        </message>
        <message>
            <source>How each row of the file would be imported, with its line number. Rejected rows say why.</source>
            <translation>كيف سيُستورد كل صف من الملف، مع رقم سطره. الصفوف المرفوضة تذكر السبب.</translation>
        </message>
    </context>
    <context>
        <name>ImportStatus</name>
        <message>
            <source>Reading the file was stopped. Press Reload to read it again.</source>
            <translation>توقفت قراءة الملف. اضغط إعادة التحميل لقراءته مجددًا.</translation>
        </message>
        <message>
            <source>The import was stopped, so nothing was imported. Press Import to start it again.</source>
            <translation>توقف الاستيراد، فلم يُستورد شيء. اضغط استيراد لبدئه مجددًا.</translation>
        </message>
        <message>
            <source>The file could not be read because of an unexpected problem. It has been written to the log; try again, or save the file again as CSV UTF-8.</source>
            <translation>تعذّرت قراءة الملف بسبب مشكلة غير متوقعة. كُتبت في السجل؛ حاول مجددًا، أو احفظ الملف من جديد بصيغة CSV UTF-8.</translation>
        </message>
        <message>
            <source>The import failed because of an unexpected problem, so nothing was imported. It has been written to the log; your data is as it was.</source>
            <translation>فشل الاستيراد بسبب مشكلة غير متوقعة، فلم يُستورد شيء. كُتبت في السجل؛ وبياناتك كما كانت.</translation>
        </message>
        <message>
            <source>Choose which column holds the names, above, to continue.</source>
            <translation>اختر أعلاه العمود الذي يحتوي الأسماء للمتابعة.</translation>
        </message>
        <message>
            <source>The file has no rows of members under its first line. Check that this is the right file.</source>
            <translation>لا صفوف أعضاء في الملف تحت سطره الأول. تحقق من أنه الملف الصحيح.</translation>
        </message>
        <message>
            <source>Every row was rejected, so there is nothing to import. Correct the file, or choose which detail each column holds, then try again.</source>
            <translation>رُفضت كل الصفوف، فلا شيء للاستيراد. صحّح الملف، أو اختر البيان الذي يحتويه كل عمود، ثم حاول مجددًا.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) [is|are] rejected (see “What will happen”). Correct the file and press Reload, or tick “Import the good rows and skip the others” to leave them out.</source>
            <translation>
                <numerusform>لا صفوف مرفوضة (انظر «ما الذي سيحدث»). صحّح الملف واضغط إعادة التحميل، أو علّم «استيراد الصفوف السليمة وتخطي البقية» لاستبعادها.</numerusform>
                <numerusform>صف واحد مرفوض (انظر «ما الذي سيحدث»). صحّح الملف واضغط إعادة التحميل، أو علّم «استيراد الصفوف السليمة وتخطي البقية» لاستبعاده.</numerusform>
                <numerusform>صفان مرفوضان (انظر «ما الذي سيحدث»). صحّح الملف واضغط إعادة التحميل، أو علّم «استيراد الصفوف السليمة وتخطي البقية» لاستبعادهما.</numerusform>
                <numerusform>%n صفوف مرفوضة (انظر «ما الذي سيحدث»). صحّح الملف واضغط إعادة التحميل، أو علّم «استيراد الصفوف السليمة وتخطي البقية» لاستبعادها.</numerusform>
                <numerusform>%n صفًا مرفوضًا (انظر «ما الذي سيحدث»). صحّح الملف واضغط إعادة التحميل، أو علّم «استيراد الصفوف السليمة وتخطي البقية» لاستبعادها.</numerusform>
                <numerusform>%n صف مرفوض (انظر «ما الذي سيحدث»). صحّح الملف واضغط إعادة التحميل، أو علّم «استيراد الصفوف السليمة وتخطي البقية» لاستبعادها.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected row(s) will be left out; {good} will be imported.</source>
            <translation>
                <numerusform>لن يُستبعد أي صف؛ سيُستورد {good}.</numerusform>
                <numerusform>سيُستبعد صف مرفوض واحد؛ سيُستورد {good}.</numerusform>
                <numerusform>سيُستبعد صفان مرفوضان؛ سيُستورد {good}.</numerusform>
                <numerusform>ستُستبعد %n صفوف مرفوضة؛ سيُستورد {good}.</numerusform>
                <numerusform>سيُستبعد %n صفًا مرفوضًا؛ سيُستورد {good}.</numerusform>
                <numerusform>سيُستبعد %n صف مرفوض؛ سيُستورد {good}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>لا صفوف</numerusform>
                <numerusform>صف واحد</numerusform>
                <numerusform>صفان</numerusform>
                <numerusform>%n صفوف</numerusform>
                <numerusform>%n صفًا</numerusform>
                <numerusform>%n صف</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ready: %n row(s) will be imported.</source>
            <translation>
                <numerusform>جاهز: لن يُستورد أي صف.</numerusform>
                <numerusform>جاهز: سيُستورد صف واحد.</numerusform>
                <numerusform>جاهز: سيُستورد صفان.</numerusform>
                <numerusform>جاهز: ستُستورد %n صفوف.</numerusform>
                <numerusform>جاهز: سيُستورد %n صفًا.</numerusform>
                <numerusform>جاهز: سيُستورد %n صف.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not imported: {listed}; and %n more.</source>
            <translation>
                <numerusform>لم يُستورد: {listed}.</numerusform>
                <numerusform>لم يُستورد: {listed}؛ وواحد آخر.</numerusform>
                <numerusform>لم يُستورد: {listed}؛ واثنان آخران.</numerusform>
                <numerusform>لم يُستورد: {listed}؛ و%n أخرى.</numerusform>
                <numerusform>لم يُستورد: {listed}؛ و%n آخر.</numerusform>
                <numerusform>لم يُستورد: {listed}؛ و%n آخر.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not imported: {listed}.</source>
            <translation>لم يُستورد: {listed}.</translation>
        </message>
        <message>
            <source>They are now in {group}.</source>
            <translation>أصبحوا الآن في {group}.</translation>
        </message>
    </context>
    <context>
        <name>InstrumentDialog</name>
        <message>
            <source>Your own check-in: each question has a lowest and highest answer, and the answers are added up. Licensed scales (such as the Outcome Rating Scale) belong here only if your organisation may use them.</source>
            <translation>اطمئنانك الخاص: لكل سؤال إجابة دنيا وعليا، وتُجمع الإجابات. المقاييس المرخّصة (مثل Outcome Rating Scale) مكانها هنا فقط إن كان يحق لجهتك استخدامها.</translation>
        </message>
        <message>
            <source>Edit check-in</source>
            <translation>تعديل الاطمئنان</translation>
        </message>
        <message>
            <source>New check-in</source>
            <translation>اطمئنان جديد</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Add check-in</source>
            <translation>إضافة اطمئنان</translation>
        </message>
        <message>
            <source>Save the changes to this check-in.</source>
            <translation>يحفظ تغييرات هذا الاطمئنان.</translation>
        </message>
        <message>
            <source>Add this check-in; choose it for a group in Group &gt; Edit group.</source>
            <translation>يضيف هذا الاطمئنان؛ اختره لمجموعة من المجموعة &gt; تعديل المجموعة.</translation>
        </message>
        <message>
            <source>e.g. Evening calm</source>
            <translation>مثال: هدوء المساء</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>الاسم (&amp;N)</translation>
        </message>
        <message>
            <source>What the check-in is called in menus and headings</source>
            <translation>اسم الاطمئنان في القوائم والعناوين</translation>
        </message>
        <message>
            <source>e.g. today, this week, over the last two weeks</source>
            <translation>مثال: اليوم، هذا الأسبوع، خلال الأسبوعين الماضيين</translation>
        </message>
        <message>
            <source>&amp;Asks about</source>
            <translation>يسأل عن (&amp;A)</translation>
        </message>
        <message>
            <source>The time the questions are about (optional)</source>
            <translation>الفترة التي تتناولها الأسئلة (اختياري)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>الأدنى</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>الأعلى</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>الأسئلة</translation>
        </message>
        <message>
            <source>One row per question: type to change a cell, arrows move, Tab leaves the table</source>
            <translation>صف لكل سؤال: اكتب لتغيير خلية، والأسهم للتنقل، وTab يغادر الجدول</translation>
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation>الأسئلة (&amp;Q)</translation>
        </message>
        <message>
            <source>A&amp;dd question</source>
            <translation>إضافة سؤال (&amp;D)</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>إضافة سؤال</translation>
        </message>
        <message>
            <source>Add a question at the end (0 to 10)</source>
            <translation>يضيف سؤالًا في النهاية (من 0 إلى 10)</translation>
        </message>
        <message>
            <source>&amp;Remove question</source>
            <translation>إزالة السؤال (&amp;R)</translation>
        </message>
        <message>
            <source>Remove question</source>
            <translation>إزالة السؤال</translation>
        </message>
        <message>
            <source>Remove the selected question</source>
            <translation>يزيل السؤال المختار</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>المجاميع</translation>
        </message>
        <message>
            <source>&amp;Follow-up</source>
            <translation>المتابعة (&amp;F)</translation>
        </message>
        <message>
            <source>Whether a total suggests offering a private chat: a suggestion, never a diagnosis</source>
            <translation>هل يوحي مجموعٌ ما بعرض حديث خاص: اقتراح، وليس تشخيصًا أبدًا</translation>
        </message>
        <message>
            <source>&amp;Total</source>
            <translation>المجموع (&amp;T)</translation>
        </message>
        <message>
            <source>The total that suggests offering a quiet word</source>
            <translation>المجموع الذي يوحي بعرض حديث هادئ</translation>
        </message>
        <message>
            <source>A check-in can have up to {MAX_ITEMS} questions, so the round stays short.</source>
            <translation>يمكن أن يضم الاطمئنان حتى {MAX_ITEMS} أسئلة، لتبقى الجولة قصيرة.</translation>
        </message>
        <message>
            <source>lowest</source>
            <translation>الدنيا</translation>
        </message>
        <message>
            <source>highest</source>
            <translation>العليا</translation>
        </message>
        <message>
            <source>The {which} answer to question {value} needs a whole number, like 0 or 10.</source>
            <translation>الإجابة {which} للسؤال {value} تحتاج رقمًا صحيحًا، مثل 0 أو 10.</translation>
        </message>
        <message>
            <source>No questions yet</source>
            <translation>لا أسئلة بعد</translation>
        </message>
    </context>
    <context>
        <name>InstrumentsButton</name>
        <message>
            <source>Check-in instr&amp;uments</source>
            <translation>أدوات الاطمئنان (&amp;U)</translation>
        </message>
        <message>
            <source>Check-in instruments</source>
            <translation>أدوات الاطمئنان</translation>
        </message>
        <message>
            <source>Create your organisation's own check-in, or edit one you made (the built-in ones follow their published scoring)</source>
            <translation>أنشئ اطمئنانًا خاصًا بجهتك، أو عدّل واحدًا أنشأته (الأدوات المضمنة تتبع طريقة تقييمها المنشورة)</translation>
        </message>
        <message>
            <source>Saved “{name}”. Choose it for a group in Group &gt; Edit group.</source>
            <translation>حُفظ «{name}». اختره لمجموعة من المجموعة &gt; تعديل المجموعة.</translation>
        </message>
        <message>
            <source>Saved the changes to “{name}”.</source>
            <translation>حُفظت تغييرات «{name}».</translation>
        </message>
        <message>
            <source>&amp;New check-in…</source>
            <translation>اطمئنان جديد (&amp;N)…</translation>
        </message>
        <message>
            <source>Define your own check-in: questions, their ranges and an optional follow-up total</source>
            <translation>عرّف اطمئنانك الخاص: الأسئلة ونطاقاتها ومجموع متابعة اختياري</translation>
        </message>
        <message>
            <source>Edit “{name}”…</source>
            <translation>تعديل «{name}»…</translation>
        </message>
        <message>
            <source>Change the name, questions or follow-up total of {name}</source>
            <translation>تغيير اسم {name} أو أسئلته أو مجموع المتابعة</translation>
        </message>
        <message>
            <source>Built in: Mood, WHO-5, PHQ-2 (published scoring, not editable)</source>
            <translation>مضمنة: Mood وWHO-5 وPHQ-2 (تقييم منشور، غير قابلة للتعديل)</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Present</source>
            <translation>حاضر</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>Left early</source>
            <translation>غادر مبكرًا</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>معتذر</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>غائب</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>مخططة</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>عُقدت</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>أُلغيت</translation>
        </message>
        <message>
            <source>Did not meet</source>
            <translation>لم تنعقد</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>أسبوعيًا</translation>
        </message>
        <message>
            <source>Fortnightly</source>
            <translation>كل أسبوعين</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>شهريًا</translation>
        </message>
        <message>
            <source>Full names</source>
            <translation>الأسماء الكاملة</translation>
        </message>
        <message>
            <source>First names</source>
            <translation>الأسماء الأولى</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>الأحرف الأولى</translation>
        </message>
        <message>
            <source>Headcount only</source>
            <translation>العدد فقط</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>اللغة (&amp;L)</translation>
        </message>
        <message>
            <source>The language of the window and the PDFs</source>
            <translation>لغة النافذة وملفات PDF</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>اتباع النظام (&amp;S)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Facilitator will speak the new language the next time it starts.</source>
            <translation>سيستخدم Facilitator اللغة الجديدة عند تشغيله في المرة القادمة.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Type your passphrase and press Enter to go on. Anything you were typing is kept.</source>
            <translation>اكتب عبارة المرور واضغط Enter للمتابعة. ما كنت تكتبه محفوظ.</translation>
        </message>
        <message>
            <source>This data file has no passphrase, so anyone at this computer can unlock it. Anything you were typing is kept.</source>
            <translation>لا عبارة مرور لملف البيانات هذا، فيستطيع أي شخص على هذا الحاسوب فتح قفله. ما كنت تكتبه محفوظ.</translation>
        </message>
        <message>
            <source>{APP_NAME} is locked</source>
            <translation>{APP_NAME} مقفل</translation>
        </message>
        <message>
            <source>&lt;h2&gt;{APP_NAME} is locked&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;{APP_NAME} مقفل&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Pass&amp;phrase:</source>
            <translation>عبارة المرور (&amp;P):</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Un&amp;lock</source>
            <translation>فتح القفل (&amp;L)</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>فتح القفل</translation>
        </message>
        <message>
            <source>Unlock message</source>
            <translation>رسالة فتح القفل</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> (read-only)</source>
            <translation> (للقراءة فقط)</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>&amp;Attendance</source>
            <translation>الحضور (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Check-ins</source>
            <translation>الاطمئنان (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>الملاحظات (&amp;N)</translation>
        </message>
        <message>
            <source>Hand&amp;outs</source>
            <translation>المطويات (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Roster</source>
            <translation>الأعضاء (&amp;R)</translation>
        </message>
        <message>
            <source>Session tabs</source>
            <translation>تبويبات الجلسة</translation>
        </message>
        <message>
            <source>Attendance, Check-ins, Notes, Handouts, Roster (Ctrl+1 to Ctrl+5)</source>
            <translation>الحضور، الاطمئنان، الملاحظات، المطويات، الأعضاء (Ctrl+1 إلى Ctrl+5)</translation>
        </message>
        <message>
            <source>Data file: {path}{read_only}</source>
            <translation>ملف البيانات: {path}{read_only}</translation>
        </message>
        <message>
            <source>Open data file</source>
            <translation>ملف البيانات المفتوح</translation>
        </message>
        <message>
            <source>No changes yet</source>
            <translation>لا تغييرات بعد</translation>
        </message>
        <message>
            <source>Last saved</source>
            <translation>آخر حفظ</translation>
        </message>
        <message>
            <source>Show the latest</source>
            <translation>عرض الأحدث</translation>
        </message>
        <message>
            <source>Show what was saved elsewhere since, such as by others on the organisation server (F5)</source>
            <translation>عرض ما حُفظ في مكان آخر منذ ذلك الحين، مثل ما حفظه آخرون على خادم المنظمة (F5)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ملف (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>تحرير (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>تراجع (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إعادة (&amp;R)</translation>
        </message>
        <message>
            <source>View</source>
            <translation>عرض</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>المجموعة (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>الجلسة (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>مساعدة (&amp;H)</translation>
        </message>
        <message>
            <source>All changes saved · {time}</source>
            <translation>حُفظت كل التغييرات · {time}</translation>
        </message>
        <message>
            <source>{document} — {APP_NAME}</source>
            <translation>{document} — {APP_NAME}</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Only a preferred name is needed. Add other details only if the member is happy for you to keep them.</source>
            <translation>يكفي الاسم المفضل. أضف بيانات أخرى فقط إن كان العضو موافقًا على حفظها.</translation>
        </message>
        <message>
            <source>“More details” is unticked: saving will remove the other details kept for this member.</source>
            <translation>«بيانات إضافية» غير معلَّم: الحفظ سيزيل البيانات الأخرى المحفوظة لهذا العضو.</translation>
        </message>
        <message>
            <source>she/her</source>
            <translation>هي</translation>
        </message>
        <message>
            <source>he/him</source>
            <translation>هو</translation>
        </message>
        <message>
            <source>they/them</source>
            <translation>هم</translation>
        </message>
        <message>
            <source>Edit member</source>
            <translation>تعديل العضو</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>عضو جديد</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>إضافة العضو</translation>
        </message>
        <message>
            <source>Save the changes to this member.</source>
            <translation>يحفظ تغييرات هذا العضو.</translation>
        </message>
        <message>
            <source>Add the member.</source>
            <translation>يضيف العضو.</translation>
        </message>
        <message>
            <source>The name they like to be called</source>
            <translation>الاسم الذي يحب أن يُنادى به</translation>
        </message>
        <message>
            <source>Preferred &amp;name</source>
            <translation>الاسم المفضل (&amp;N)</translation>
        </message>
        <message>
            <source>The name they like to be called in the group. The only detail you need.</source>
            <translation>الاسم الذي يحب أن يُنادى به في المجموعة. البيان الوحيد الذي تحتاجه.</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>اختياري</translation>
        </message>
        <message>
            <source>&amp;Pronouns</source>
            <translation>الضمائر (&amp;P)</translation>
        </message>
        <message>
            <source>Optional. Choose one or type their own words.</source>
            <translation>اختياري. اختر واحدًا أو اكتب كلماته هو.</translation>
        </message>
        <message>
            <source>In the group &amp;since</source>
            <translation>في المجموعة منذ (&amp;S)</translation>
        </message>
        <message>
            <source>From which session they count as a member (their first session).</source>
            <translation>من أي جلسة يُحسب عضوًا (جلسته الأولى).</translation>
        </message>
        <message>
            <source>More &amp;details (optional)</source>
            <translation>بيانات إضافية (اختياري) (&amp;D)</translation>
        </message>
        <message>
            <source>More details (optional)</source>
            <translation>بيانات إضافية (اختياري)</translation>
        </message>
        <message>
            <source>Tick to keep contact details, only if the member is happy for you to.</source>
            <translation>علّم لحفظ بيانات التواصل، فقط إن كان العضو موافقًا على ذلك.</translation>
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation>الاسم الكامل (&amp;F)</translation>
        </message>
        <message>
            <source>Their full name, if they want it kept.</source>
            <translation>اسمه الكامل، إن أراد حفظه.</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>الهاتف (&amp;H)</translation>
        </message>
        <message>
            <source>A phone number to reach them on.</source>
            <translation>رقم هاتف للتواصل معه.</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>البريد الإلكتروني (&amp;E)</translation>
        </message>
        <message>
            <source>An email address to reach them at.</source>
            <translation>عنوان بريد إلكتروني للتواصل معه.</translation>
        </message>
        <message>
            <source>Emergency &amp;contact name</source>
            <translation>اسم جهة الاتصال للطوارئ (&amp;C)</translation>
        </message>
        <message>
            <source>Someone to call if they are unwell during a session, if they have told you who.</source>
            <translation>شخص يُتصل به إن شعر بتوعك أثناء جلسة، إن أخبرك من هو.</translation>
        </message>
        <message>
            <source>Emergency contact ph&amp;one</source>
            <translation>هاتف جهة الاتصال للطوارئ (&amp;O)</translation>
        </message>
        <message>
            <source>The emergency contact's phone number.</source>
            <translation>رقم هاتف جهة الاتصال للطوارئ.</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>ملاحظات (&amp;T)</translation>
        </message>
        <message>
            <source>Anything practical to remember, such as access needs. Keep it short and kind.</source>
            <translation>أي أمر عملي يُتذكر، كاحتياجات الوصول. اجعله قصيرًا ولطيفًا.</translation>
        </message>
        <message>
            <source>Happ&amp;y to be contacted</source>
            <translation>يقبل التواصل معه (&amp;Y)</translation>
        </message>
        <message>
            <source>Happy to be contacted</source>
            <translation>يقبل التواصل معه</translation>
        </message>
        <message>
            <source>Tick only if they said you may phone or email them between sessions.</source>
            <translation>علّم فقط إن قال إنه يمكنك الاتصال به أو مراسلته بين الجلسات.</translation>
        </message>
        <message>
            <source>Please enter a preferred name: it cannot be left blank.</source>
            <translation>اكتب اسمًا مفضلًا: لا يمكن تركه فارغًا.</translation>
        </message>
    </context>
    <context>
        <name>MemberEraser</name>
        <message>
            <source>Erase member…</source>
            <translation>محو العضو…</translation>
        </message>
        <message>
            <source>Erase the selected member for good, at their request (GDPR Art. 17)</source>
            <translation>يمحو العضو المختار نهائيًا، بناءً على طلبه (اللائحة العامة لحماية البيانات، المادة 17)</translation>
        </message>
        <message>
            <source>The member was erased. Laptops remove them too when they next sync.</source>
            <translation>مُحي العضو. تزيله الحواسيب المحمولة أيضًا عند مزامنتها التالية.</translation>
        </message>
        <message>
            <source>The member was erased. A backup made just before holds them until it is rotated out.</source>
            <translation>مُحي العضو. نسخة احتياطية أُنشئت قبل ذلك مباشرة تحتفظ به حتى تُستبدل.</translation>
        </message>
    </context>
    <context>
        <name>MemberErasure</name>
        <message>
            <source>{name} ({full})</source>
            <translation>{name} ({full})</translation>
        </message>
    </context>
    <context>
        <name>MemberMerge</name>
        <message>
            <source>{name} ({full})</source>
            <translation>{name} ({full})</translation>
        </message>
    </context>
    <context>
        <name>MemberMerger</name>
        <message>
            <source>Merge &amp;with…</source>
            <translation>دمج مع (&amp;W)…</translation>
        </message>
        <message>
            <source>The selected member and another record are the same person: make them one (Ctrl+Shift+M)</source>
            <translation>العضو المختار وسجل آخر هما الشخص نفسه: اجعلهما سجلًا واحدًا (Ctrl+Shift+M)</translation>
        </message>
        <message>
            <source>{name} has no other member to merge {preferred_name} with.</source>
            <translation>لا يوجد في {name} عضو آخر يُدمج معه {preferred_name}.</translation>
        </message>
        <message>
            <source>Merged {label} into {label2}. Ctrl+Z undoes it.</source>
            <translation>دُمج {label} في {label2}. Ctrl+Z يتراجع عن ذلك.</translation>
        </message>
    </context>
    <context>
        <name>MemberRecord</name>
        <message>
            <source>Member record</source>
            <translation>سجل العضو</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Everything {organisation} stores about you in the Facilitator app, as on {date}. It was produced at your request. If anything here is wrong, or you would like something removed, please tell a facilitator.</source>
            <translation>كل ما تحفظه {organisation} عنك في تطبيق Facilitator، بتاريخ {date}. أُعدّ بناءً على طلبك. إن كان فيه خطأ، أو أردت إزالة شيء، فأخبر أحد الميسّرين.</translation>
        </message>
        <message>
            <source>Your details</source>
            <translation>بياناتك</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>الاسم المفضل</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>الاسم الكامل</translation>
        </message>
        <message>
            <source>Pronouns</source>
            <translation>الضمائر</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>الهاتف</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>جهة الاتصال للطوارئ</translation>
        </message>
        <message>
            <source>Emergency contact's phone</source>
            <translation>هاتف جهة الاتصال للطوارئ</translation>
        </message>
        <message>
            <source>Happy to be contacted</source>
            <translation>يقبل التواصل معه</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>آخر تغيير</translation>
        </message>
        <message>
            <source>Groups</source>
            <translation>المجموعات</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>المجموعة</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>انضم</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>غادر</translation>
        </message>
        <message>
            <source>Group agreement</source>
            <translation>اتفاق المجموعة</translation>
        </message>
        <message>
            <source> (group since deleted)</source>
            <translation> (حُذفت المجموعة لاحقًا)</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>غير مسجَّل</translation>
        </message>
        <message>
            <source>You are not recorded in any group.</source>
            <translation>لست مسجَّلًا في أي مجموعة.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) recorded; you came to {attended}.</source>
            <translation>
                <numerusform>لا جلسات مسجلة؛ حضرت {attended}.</numerusform>
                <numerusform>جلسة واحدة مسجلة؛ حضرت {attended}.</numerusform>
                <numerusform>جلستان مسجلتان؛ حضرت {attended}.</numerusform>
                <numerusform>%n جلسات مسجلة؛ حضرت {attended}.</numerusform>
                <numerusform>%n جلسة مسجلة؛ حضرت {attended}.</numerusform>
                <numerusform>%n جلسة مسجلة؛ حضرت {attended}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>How you took part</source>
            <translation>كيف شاركت</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>تعليق</translation>
        </message>
        <message>
            <source> (session since deleted)</source>
            <translation> (حُذفت الجلسة لاحقًا)</translation>
        </message>
        <message>
            <source>No attendance is recorded for you.</source>
            <translation>لا حضور مسجل لك.</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>الاطمئنان</translation>
        </message>
        <message>
            <source>Your answers in the check-in round. A pass is recorded as a pass, never as a score.</source>
            <translation>إجاباتك في جولة الاطمئنان. يُسجَّل التخطي تخطيًا، ولا يُسجَّل نقاطًا أبدًا.</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>الاطمئنان</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>الإجابات</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>الكلمة</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>تخطّى</translation>
        </message>
        <message>
            <source>No check-ins are recorded for you.</source>
            <translation>لا اطمئنان مسجل لك.</translation>
        </message>
        <message>
            <source>Session notes are written about the group's sessions and refer to people by initials only; they are not filed under your name, so they are not part of this record. Ask a facilitator if you would like them checked for anything about you.</source>
            <translation>تُكتب ملاحظات الجلسات عن جلسات المجموعة وتشير إلى الأشخاص بأحرفهم الأولى فقط؛ ولا تُحفظ تحت اسمك، فليست جزءًا من هذا السجل. اسأل أحد الميسّرين إن أردت مراجعتها بحثًا عن أي شيء يخصك.</translation>
        </message>
    </context>
    <context>
        <name>MergeMembersCommand</name>
        <message>
            <source>Merge {other} into {kept}</source>
            <translation>دمج {other} في {kept}</translation>
        </message>
        <message>
            <source>Merged {other} into {kept} again. Ctrl+Z undoes it.</source>
            <translation>دُمج {other} في {kept} مجددًا. Ctrl+Z يتراجع عن ذلك.</translation>
        </message>
        <message>
            <source>Merge undone: {kept} and {other} are two records again. Ctrl+Shift+Z merges them again.</source>
            <translation>أُلغي الدمج: عاد {kept} و{other} سجلين. Ctrl+Shift+Z يدمجهما مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>MergeMembersDialog</name>
        <message>
            <source>Merge two members</source>
            <translation>دمج عضوين</translation>
        </message>
        <message>
            <source>{label} is kept. Which other record is the same person?</source>
            <translation>سيبقى {label}. أي سجل آخر هو الشخص نفسه؟</translation>
        </message>
        <message>
            <source>The other record</source>
            <translation>السجل الآخر</translation>
        </message>
        <message>
            <source>Choose the record that is the same person with the arrow keys</source>
            <translation>اختر بالأسهم السجل الذي هو الشخص نفسه</translation>
        </message>
        <message>
            <source>What the merge will do</source>
            <translation>ماذا سيفعل الدمج</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>دمج</translation>
        </message>
        <message>
            <source>Merge the two records into one (Ctrl+Z undoes it)</source>
            <translation>يدمج السجلين في سجل واحد (Ctrl+Z يتراجع عن ذلك)</translation>
        </message>
        <message>
            <source>Change nothing (Esc)</source>
            <translation>لا تغيّر شيئًا (Esc)</translation>
        </message>
        <message>
            <source>“{text}” will be merged into “{label}”. {describe} Details that {preferred_name}'s record leaves blank are filled in from the other; then the other record is deleted. Ctrl+Z undoes the merge.</source>
            <translation>سيُدمج «{text}» في «{label}». {describe} البيانات الفارغة في سجل {preferred_name} تُملأ من السجل الآخر؛ ثم يُحذف السجل الآخر. Ctrl+Z يتراجع عن الدمج.</translation>
        </message>
    </context>
    <context>
        <name>MissedSessionsModel</name>
        <message>
            <source>last came {short_date}</source>
            <translation>حضر آخر مرة في {short_date}</translation>
        </message>
        <message>
            <source>not seen yet</source>
            <translation>لم يحضر بعد</translation>
        </message>
        <message>
            <source>{preferred_name} — {last}</source>
            <translation>{preferred_name} — {last}</translation>
        </message>
        <message>
            <source> Phone: {phone}.</source>
            <translation> الهاتف: {phone}.</translation>
        </message>
        <message>
            <source>Missed the last {missed} sessions.{phone}</source>
            <translation>غاب عن آخر {missed} جلسات.{phone}</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Groups</source>
            <translation>المجموعات</translation>
        </message>
        <message>
            <source>Your groups: arrow keys choose one, Tab moves to its sessions</source>
            <translation>مجموعاتك: الأسهم تختار واحدة، وTab ينتقل إلى جلساتها</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <source>The group's sessions by date; upcoming ones in blue, today's in bold</source>
            <translation>جلسات المجموعة حسب التاريخ؛ القادمة بالأزرق، وجلسات اليوم بخط عريض</translation>
        </message>
        <message>
            <source>Grou&amp;ps</source>
            <translation>المجموعات (&amp;P)</translation>
        </message>
        <message>
            <source>Sess&amp;ions</source>
            <translation>الجلسات (&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>NoteLayout</name>
        <message>
            <source>&amp;Themes discussed</source>
            <translation>المحاور التي نوقشت (&amp;T)</translation>
        </message>
        <message>
            <source>Themes discussed</source>
            <translation>المحاور التي نوقشت</translation>
        </message>
        <message>
            <source>What the group talked about (Alt+T)</source>
            <translation>ما تحدثت عنه المجموعة (Alt+T)</translation>
        </message>
        <message>
            <source>What people talked about, e.g. sleep, the holidays</source>
            <translation>ما تحدث عنه الناس، مثل النوم والعطل</translation>
        </message>
        <message>
            <source>Strategies share&amp;d</source>
            <translation>استراتيجيات تشاركناها (&amp;D)</translation>
        </message>
        <message>
            <source>Strategies shared</source>
            <translation>استراتيجيات تشاركناها</translation>
        </message>
        <message>
            <source>Practical things people shared that helped them (Alt+D)</source>
            <translation>أمور عملية تشاركها الناس وساعدتهم (Alt+D)</translation>
        </message>
        <message>
            <source>Coping ideas, services, things that helped</source>
            <translation>أفكار للتأقلم، خدمات، أمور ساعدت</translation>
        </message>
        <message>
            <source>Follow-&amp;ups</source>
            <translation>المتابعات (&amp;U)</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>المتابعات</translation>
        </message>
        <message>
            <source>Things to check in on or bring next time (Alt+U)</source>
            <translation>أمور للسؤال عنها أو لإحضارها في المرة القادمة (Alt+U)</translation>
        </message>
        <message>
            <source>To check in on, or to bring next time</source>
            <translation>ما يُسأل عنه، أو ما يُحضر في المرة القادمة</translation>
        </message>
        <message>
            <source>Safet&amp;y concerns</source>
            <translation>مخاوف على السلامة (&amp;Y)</translation>
        </message>
        <message>
            <source>Safety concerns</source>
            <translation>مخاوف على السلامة</translation>
        </message>
        <message>
            <source>Anyone in distress, and any crisis contact given (Alt+Y)</source>
            <translation>من يمر بضيق، وأي جهة أزمات أُعطيت (Alt+Y)</translation>
        </message>
        <message>
            <source>Anyone in distress, and any crisis contact given. Leave empty if none.</source>
            <translation>من يمر بضيق، وأي جهة أزمات أُعطيت. اتركه فارغًا إن لم يوجد.</translation>
        </message>
        <message>
            <source>Other notes</source>
            <translation>ملاحظات أخرى</translation>
        </message>
        <message>
            <source>Anything else about the session, in your own words</source>
            <translation>أي شيء آخر عن الجلسة، بكلماتك</translation>
        </message>
        <message>
            <source>Anything else about the session</source>
            <translation>أي شيء آخر عن الجلسة</translation>
        </message>
        <message>
            <source>If someone may be at risk now, follow your group's safety plan.</source>
            <translation>إن كان أحد قد يكون في خطر الآن، فاتبع خطة السلامة في مجموعتك.</translation>
        </message>
    </context>
    <context>
        <name>NoteSearch</name>
        <message>
            <source>Words from any note of any group</source>
            <translation>كلمات من أي ملاحظة في أي مجموعة</translation>
        </message>
        <message>
            <source>Search all notes</source>
            <translation>البحث في كل الملاحظات</translation>
        </message>
        <message>
            <source>Finds notes of every group with all these words, newest first (Ctrl+F; Down goes to the results)</source>
            <translation>يجد ملاحظات كل المجموعات التي فيها كل هذه الكلمات، الأحدث أولًا (Ctrl+F؛ السهم لأسفل ينتقل إلى النتائج)</translation>
        </message>
        <message>
            <source>Search a&amp;ll notes</source>
            <translation>البحث في كل الملاحظات (&amp;L)</translation>
        </message>
        <message>
            <source>Notes found</source>
            <translation>الملاحظات الموجودة</translation>
        </message>
        <message>
            <source>Enter or double-click opens that session and its note</source>
            <translation>Enter أو النقر المزدوج يفتح تلك الجلسة وملاحظتها</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>نتائج البحث</translation>
        </message>
        <message>
            <source>Type a word to search the notes of every group. Enter opens the session.</source>
            <translation>اكتب كلمة للبحث في ملاحظات كل المجموعات. Enter يفتح الجلسة.</translation>
        </message>
        <message>
            <source>No notes mention “{words}”.</source>
            <translation>لا ملاحظات تذكر «{words}».</translation>
        </message>
        <message>
            <source>The {count} newest notes that mention “{words}”.</source>
            <translation>أحدث {count} ملاحظات تذكر «{words}».</translation>
        </message>
        <message>
            <source>1 note mentions “{words}”.</source>
            <translation>ملاحظة واحدة تذكر «{words}».</translation>
        </message>
        <message>
            <source>{count} notes mention “{words}”, newest first.</source>
            <translation>{count} ملاحظات تذكر «{words}»، الأحدث أولًا.</translation>
        </message>
    </context>
    <context>
        <name>NoteSearchModel</name>
        <message>
            <source>{section_label} · Enter or double-click opens this session</source>
            <translation>{section_label} · Enter أو النقر المزدوج يفتح هذه الجلسة</translation>
        </message>
    </context>
    <context>
        <name>NoteTemplateDialog</name>
        <message>
            <source>Note template — {group_name}</source>
            <translation>قالب الملاحظات — {group_name}</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>حفظ القالب</translation>
        </message>
        <message>
            <source>Save the template; new notes of this group start from it</source>
            <translation>يحفظ القالب؛ تبدأ به الملاحظات الجديدة لهذه المجموعة</translation>
        </message>
        <message>
            <source>New notes for {group_name} start with this text. Notes already written stay as they are.</source>
            <translation>تبدأ ملاحظات {group_name} الجديدة بهذا النص. تبقى الملاحظات المكتوبة كما هي.</translation>
        </message>
        <message>
            <source>For example:
Agreement read: 
Opening round: 
Topic: 
Announcements: 
Next session: </source>
            <translation>مثال:
قُرئ الاتفاق: 
جولة الافتتاح: 
الموضوع: 
إعلانات: 
الجلسة القادمة: </translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>القالب (&amp;T):</translation>
        </message>
        <message>
            <source>The text every new note of this group starts with</source>
            <translation>النص الذي تبدأ به كل ملاحظة جديدة لهذه المجموعة</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Session notes</source>
            <translation>ملاحظات الجلسة</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>الحفظ</translation>
        </message>
        <message>
            <source>Insert initials</source>
            <translation>إدراج الأحرف الأولى</translation>
        </message>
        <message>
            <source>Puts a member's initials (e.g. “Z.M.”) where you are typing (Ctrl+I)</source>
            <translation>يضع الأحرف الأولى لعضو (مثل «ز.م.») حيث تكتب (Ctrl+I)</translation>
        </message>
        <message>
            <source>Use te&amp;mplate</source>
            <translation>استخدام القالب (&amp;M)</translation>
        </message>
        <message>
            <source>Edit template…</source>
            <translation>تعديل القالب…</translation>
        </message>
        <message>
            <source>Edit template</source>
            <translation>تعديل القالب</translation>
        </message>
        <message>
            <source>The text every new note of this group starts with</source>
            <translation>النص الذي تبدأ به كل ملاحظة جديدة لهذه المجموعة</translation>
        </message>
        <message>
            <source>Refer to members by their initials, e.g. “Z.M.”: Insert initials (Ctrl+I) adds them for the people at this session.</source>
            <translation>أشر إلى الأعضاء بأحرفهم الأولى، مثل «ز.م.»: إدراج الأحرف الأولى (Ctrl+I) يضيفها لمن في هذه الجلسة.</translation>
        </message>
        <message>
            <source>Hint</source>
            <translation>تلميح</translation>
        </message>
        <message>
            <source>No session selected</source>
            <translation>لم تُختر جلسة</translation>
        </message>
        <message>
            <source>Choose a session on the left to write its note.</source>
            <translation>اختر جلسة من القائمة الجانبية لكتابة ملاحظتها.</translation>
        </message>
        <message>
            <source>A new note, started from the group's template: it saves once you write.</source>
            <translation>ملاحظة جديدة بدأت من قالب المجموعة: تُحفظ حالما تكتب.</translation>
        </message>
        <message>
            <source>No note yet: it saves as you type.</source>
            <translation>لا ملاحظة بعد: تُحفظ أثناء الكتابة.</translation>
        </message>
        <message>
            <source>Not saved yet: </source>
            <translation>لم يُحفظ بعد: </translation>
        </message>
        <message>
            <source>This group has no note template yet: use Edit template… to write one.</source>
            <translation>لا قالب ملاحظات لهذه المجموعة بعد: استخدم تعديل القالب… لكتابة واحد.</translation>
        </message>
        <message>
            <source>The template is already in this note.</source>
            <translation>القالب موجود في هذه الملاحظة مسبقًا.</translation>
        </message>
        <message>
            <source>Note template saved for {group_name}: new notes start from it.</source>
            <translation>حُفظ قالب الملاحظات لـ{group_name}: تبدأ به الملاحظات الجديدة.</translation>
        </message>
        <message>
            <source>Nobody is on this session's sheet yet</source>
            <translation>لا أحد في ورقة هذه الجلسة بعد</translation>
        </message>
        <message>
            <source>No one marked present yet: everyone in the group</source>
            <translation>لم يُسجَّل حضور أحد بعد: كل المجموعة</translation>
        </message>
        <message>
            <source>Saving as you type…</source>
            <translation>يُحفظ أثناء الكتابة…</translation>
        </message>
        <message>
            <source> · {label}</source>
            <translation> · {label}</translation>
        </message>
        <message>
            <source> · {topic}</source>
            <translation> · {topic}</translation>
        </message>
        <message>
            <source>{long_date}{status}{topic}</source>
            <translation>{long_date}{status}{topic}</translation>
        </message>
        <message>
            <source>Adds the group's note template to “Other notes” (Alt+M)</source>
            <translation>يضيف قالب ملاحظات المجموعة إلى «ملاحظات أخرى» (Alt+M)</translation>
        </message>
        <message>
            <source>Choose a session first</source>
            <translation>اختر جلسة أولًا</translation>
        </message>
        <message>
            <source>Use template</source>
            <translation>استخدام القالب</translation>
        </message>
        <message>
            <source>Saved · {clock}</source>
            <translation>حُفظ · {clock}</translation>
        </message>
        <message>
            <source>Saved · {short_date}, {clock}</source>
            <translation>حُفظ · {short_date}، {clock}</translation>
        </message>
    </context>
    <context>
        <name>OtherPage</name>
        <message>
            <source>Sync with the organisation's server or another data file</source>
            <translation>المزامنة مع خادم المنظمة أو ملف بيانات آخر</translation>
        </message>
        <message>
            <source>Both sides end with the same data: what changed here goes there, and what changed there comes here.</source>
            <translation>ينتهي الجانبان بالبيانات نفسها: ما تغيّر هنا يذهب إلى هناك، وما تغيّر هناك يأتي إلى هنا.</translation>
        </message>
        <message>
            <source>postgresql://user@server/organisation, or a data file</source>
            <translation>postgresql://user@server/organisation، أو ملف بيانات</translation>
        </message>
        <message>
            <source>Server address or data file</source>
            <translation>عنوان الخادم أو ملف البيانات</translation>
        </message>
        <message>
            <source>A postgresql:// address, or another Facilitator data file. A password in the address is used but never remembered.</source>
            <translation>عنوان postgresql:// أو ملف بيانات آخر من Facilitator. تُستخدم كلمة المرور الواردة في العنوان لكنها لا تُحفظ أبدًا.</translation>
        </message>
        <message>
            <source>B&amp;rowse…</source>
            <translation>استعراض (&amp;R)…</translation>
        </message>
        <message>
            <source>Choose a data file</source>
            <translation>اختيار ملف بيانات</translation>
        </message>
        <message>
            <source>Choose another Facilitator data file.</source>
            <translation>اختر ملف بيانات آخر من Facilitator.</translation>
        </message>
        <message>
            <source>S&amp;ync now</source>
            <translation>زامِن الآن (&amp;Y)</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>زامِن الآن</translation>
        </message>
        <message>
            <source>Merge this data and the other both ways.</source>
            <translation>دمج هذه البيانات وبيانات الجانب الآخر في الاتجاهين.</translation>
        </message>
        <message>
            <source>&amp;Other side:</source>
            <translation>الجانب الآخر (&amp;O):</translation>
        </message>
    </context>
    <context>
        <name>PaperChoice</name>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter (US)</source>
            <translation>Letter (الولايات المتحدة)</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Choose a passphrase</source>
            <translation>اختر عبارة مرور</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>عبارة المرور (&amp;P):</translation>
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation>العبارة نفسها مرة أخرى</translation>
        </message>
        <message>
            <source>The &amp;same again:</source>
            <translation>العبارة نفسها مجددًا (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Remember on this computer (no passphrase needed here)</source>
            <translation>التذكّر على هذا الحاسوب (لا حاجة لعبارة المرور هنا) (&amp;R)</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same one twice.</source>
            <translation>العبارتان مختلفتان. اكتب العبارة نفسها مرتين.</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Print {lower}</source>
            <translation>طباعة {lower}</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
            <translation>تعذّر تشغيل الطابعة. تحقق من أنها مشغّلة وموصولة، ثم حاول مجددًا.</translation>
        </message>
        <message>
            <source>The printer stopped part-way through. Check it, then print again.</source>
            <translation>توقفت الطابعة في منتصف العمل. افحصها ثم اطبع مجددًا.</translation>
        </message>
    </context>
    <context>
        <name>ProgressRow</name>
        <message>
            <source>&amp;Stop importing</source>
            <translation>إيقاف الاستيراد (&amp;S)</translation>
        </message>
        <message>
            <source>Stop importing</source>
            <translation>إيقاف الاستيراد</translation>
        </message>
        <message>
            <source>Stop the import; nothing is imported.</source>
            <translation>يوقف الاستيراد؛ لا يُستورد شيء.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>جارٍ الاستيراد</translation>
        </message>
        <message>
            <source>How much of the import is done.</source>
            <translation>مقدار ما اكتمل من الاستيراد.</translation>
        </message>
        <message>
            <source>&amp;Stop reading</source>
            <translation>إيقاف القراءة (&amp;S)</translation>
        </message>
        <message>
            <source>Stop reading the file</source>
            <translation>إيقاف قراءة الملف</translation>
        </message>
        <message>
            <source>Stop reading the file; nothing is imported. Press Reload to read it again.</source>
            <translation>يوقف قراءة الملف؛ لا يُستورد شيء. اضغط إعادة التحميل لقراءته مجددًا.</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>جارٍ قراءة الملف</translation>
        </message>
        <message>
            <source>How much of the file has been read for the preview.</source>
            <translation>مقدار ما قُرئ من الملف للمعاينة.</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>RTL</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>مفتاح الاسترداد الخاص بك</translation>
        </message>
        <message>
            <source>This recovery key opens your data file, and its backups on another computer, if the passphrase is ever forgotten. It is shown only now: print the sheet or write it down, and keep it somewhere safe, away from this laptop.</source>
            <translation>يفتح مفتاح الاسترداد هذا ملف بياناتك ونسخه الاحتياطية على حاسوب آخر إن نُسيت عبارة المرور يومًا. يظهر الآن فقط: اطبع الورقة أو اكتبه، واحفظه في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>&amp;Print recovery sheet…</source>
            <translation>طباعة ورقة الاسترداد (&amp;P)…</translation>
        </message>
        <message>
            <source>Save the recovery sheet</source>
            <translation>حفظ ورقة الاسترداد</translation>
        </message>
        <message>
            <source>recovery-sheet.pdf</source>
            <translation>recovery-sheet.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Recovery sheet</source>
            <translation>ورقة الاسترداد</translation>
        </message>
    </context>
    <context>
        <name>Recurrence</name>
        <message>
            <source>Every {day} at {time} ({minutes} min)</source>
            <translation>كل {day} الساعة {time} ({minutes} دقيقة)</translation>
        </message>
        <message>
            <source>Every other {day} at {time} ({minutes} min)</source>
            <translation>كل أسبوعين يوم {day} الساعة {time} ({minutes} دقيقة)</translation>
        </message>
        <message>
            <source>first</source>
            <translation>الأول</translation>
        </message>
        <message>
            <source>second</source>
            <translation>الثاني</translation>
        </message>
        <message>
            <source>third</source>
            <translation>الثالث</translation>
        </message>
        <message>
            <source>fourth</source>
            <translation>الرابع</translation>
        </message>
        <message>
            <source>last</source>
            <translation>الأخير</translation>
        </message>
        <message>
            <source>The {which} {day} of each month at {time} ({minutes} min)</source>
            <translation>يوم {day} {which} من كل شهر الساعة {time} ({minutes} دقيقة)</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restoring puts your groups, members, sessions and notes back as they were when the backup was made. Your current data is backed up first, so restoring can be undone by restoring that backup.</source>
            <translation>تعيد الاستعادة مجموعاتك وأعضاءك وجلساتك وملاحظاتك كما كانت عند إنشاء النسخة. تُنسخ بياناتك الحالية احتياطيًا أولًا، فيمكن التراجع عن الاستعادة باستعادة تلك النسخة.</translation>
        </message>
        <message>
            <source>Choose a backup in the list (arrow keys or a click), then press Restore.</source>
            <translation>اختر نسخة من القائمة (بالأسهم أو بنقرة)، ثم اضغط استعادة.</translation>
        </message>
        <message>
            <source>Not checked: cannot be restored</source>
            <translation>غير مفحوصة: لا يمكن استعادتها</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>مفحوصة</translation>
        </message>
        <message>
            <source>This backup was never checked, so it may be incomplete or damaged and cannot be restored. Choose a backup marked “Checked”.</source>
            <translation>لم تُفحص هذه النسخة قط، فقد تكون ناقصة أو تالفة ولا يمكن استعادتها. اختر نسخة معلَّمة «مفحوصة».</translation>
        </message>
        <message>
            <source>This backup file has changed since it was checked, so it may be damaged and cannot be restored. Choose a backup marked “Checked”.</source>
            <translation>تغيّر ملف هذه النسخة منذ فحصه، فقد يكون تالفًا ولا يمكن استعادته. اختر نسخة معلَّمة «مفحوصة».</translation>
        </message>
        <message>
            <source>Restore the backup from {label} ({reason_label})? Your data as it is now will be backed up first, then replaced by that backup.</source>
            <translation>هل تستعيد النسخة الاحتياطية من {label} ({reason_label})؟ تُنسخ بياناتك الحالية احتياطيًا أولًا، ثم تُستبدل بتلك النسخة.</translation>
        </message>
        <message>
            <source> They are kept in {backups_dir}.</source>
            <translation> تُحفظ في {backups_dir}.</translation>
        </message>
        <message>
            <source> They are kept in the backups folder beside your data.</source>
            <translation> تُحفظ في مجلد النسخ الاحتياطية بجوار بياناتك.</translation>
        </message>
        <message>
            <source>There are no backups yet. Facilitator makes one when you close the app, and every 30 minutes while you make changes; each will appear in this list.</source>
            <translation>لا نسخ احتياطية بعد. ينشئ Facilitator نسخة عند إغلاق التطبيق، وكل 30 دقيقة أثناء إجراء التغييرات؛ وستظهر كل منها في هذه القائمة.</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>الاستعادة من نسخة احتياطية</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>Each row is one backup: when and why it was made, and what it holds. Use the arrow keys to choose one.</source>
            <translation>كل صف نسخة احتياطية: متى ولماذا أُنشئت وماذا تحتوي. استخدم الأسهم لاختيار واحدة.</translation>
        </message>
        <message>
            <source>&amp;Backups, newest first:</source>
            <translation>النسخ الاحتياطية، الأحدث أولًا (&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>استعادة (&amp;R)</translation>
        </message>
        <message>
            <source>Back up your current data, then put the chosen backup in its place.</source>
            <translation>ينسخ بياناتك الحالية احتياطيًا، ثم يضع النسخة المختارة مكانها.</translation>
        </message>
        <message>
            <source>Close without restoring anything (Esc).</source>
            <translation>إغلاق دون استعادة أي شيء (Esc).</translation>
        </message>
        <message>
            <source>None of these backups passed its check, so none can be restored. Keep using your current data; a new backup is made when you close the app.</source>
            <translation>لم تجتز أي من هذه النسخ فحصها، لذا لا يمكن استعادة أي منها. تابع استخدام بياناتك الحالية؛ تُنشأ نسخة جديدة عند إغلاق التطبيق.</translation>
        </message>
    </context>
    <context>
        <name>RosterModel</name>
        <message>
            <source> (left {day_date})</source>
            <translation> (غادر في {day_date})</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message>
            <source>{sessions_attended} of {sessions_recorded}</source>
            <translation>{sessions_attended} من {sessions_recorded}</translation>
        </message>
        <message>
            <source>Joined on {long_date}</source>
            <translation>انضم في {long_date}</translation>
        </message>
        <message>
            <source>Last came on {long_date}</source>
            <translation>حضر آخر مرة في {long_date}</translation>
        </message>
        <message>
            <source>Came to {sessions_attended} of the {sessions_recorded} sessions recorded for them ({rate_text})</source>
            <translation>حضر {sessions_attended} من {sessions_recorded} جلسات مسجلة له ({rate_text})</translation>
        </message>
    </context>
    <context>
        <name>RosterPanel</name>
        <message>
            <source>Roster</source>
            <translation>الأعضاء</translation>
        </message>
        <message>
            <source>Type to filter by name</source>
            <translation>اكتب للتصفية حسب الاسم</translation>
        </message>
        <message>
            <source>Filter the roster</source>
            <translation>تصفية قائمة الأعضاء</translation>
        </message>
        <message>
            <source>Shows only members whose name contains what you type (Ctrl+F)</source>
            <translation>يعرض فقط الأعضاء الذين تحتوي أسماؤهم ما تكتبه (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show former mem&amp;bers</source>
            <translation>إظهار الأعضاء السابقين (&amp;B)</translation>
        </message>
        <message>
            <source>Show former members</source>
            <translation>إظهار الأعضاء السابقين</translation>
        </message>
        <message>
            <source>Also list people who have left the group; their history stays</source>
            <translation>يُدرج أيضًا من غادروا المجموعة؛ ويبقى تاريخهم</translation>
        </message>
        <message>
            <source>Members of the group</source>
            <translation>أعضاء المجموعة</translation>
        </message>
        <message>
            <source>Enter edits the selected member</source>
            <translation>Enter يعدّل العضو المختار</translation>
        </message>
        <message>
            <source>A&amp;dd member…</source>
            <translation>إضافة عضو (&amp;D)…</translation>
        </message>
        <message>
            <source>Add someone to this group (only a name is needed)</source>
            <translation>يضيف شخصًا إلى هذه المجموعة (يكفي الاسم)</translation>
        </message>
        <message>
            <source>Edi&amp;t…</source>
            <translation>تعديل (&amp;T)…</translation>
        </message>
        <message>
            <source>Edit the selected member's details (Enter)</source>
            <translation>يعدّل بيانات العضو المختار (Enter)</translation>
        </message>
        <message>
            <source>&amp;Leave group…</source>
            <translation>مغادرة المجموعة (&amp;L)…</translation>
        </message>
        <message>
            <source>The selected member leaves this group; their history stays</source>
            <translation>يغادر العضو المختار هذه المجموعة؛ ويبقى تاريخه</translation>
        </message>
        <message>
            <source> sessions</source>
            <translation> جلسات</translation>
        </message>
        <message>
            <source>Missed at least this many sessions</source>
            <translation>غاب عن هذا العدد من الجلسات على الأقل</translation>
        </message>
        <message>
            <source>How many of the group's latest sessions someone missed</source>
            <translation>كم جلسة من آخر جلسات المجموعة غاب عنها شخص ما</translation>
        </message>
        <message>
            <source>Members who missed the latest sessions</source>
            <translation>أعضاء غابوا عن آخر الجلسات</translation>
        </message>
        <message>
            <source>Current members who missed each of the latest sessions: perhaps a caring phone call</source>
            <translation>أعضاء حاليون غابوا عن كل من آخر الجلسات: ربما تفيد مكالمة ودّية</translation>
        </message>
        <message>
            <source>Not seen lately</source>
            <translation>لم يحضروا مؤخرًا</translation>
        </message>
        <message>
            <source>&amp;Missed the last</source>
            <translation>غابوا عن آخر (&amp;M)</translation>
        </message>
        <message>
            <source>Leave the group</source>
            <translation>مغادرة المجموعة</translation>
        </message>
        <message>
            <source>{preferred_name} will leave {name} from today.

Their attendance and check-ins stay in the group's history.</source>
            <translation>سيغادر {preferred_name} مجموعة {name} ابتداءً من اليوم.

يبقى حضوره واطمئنانه في تاريخ المجموعة.</translation>
        </message>
        <message>
            <source>The group has held fewer than {count} sessions so far.</source>
            <translation>عقدت المجموعة حتى الآن أقل من {count} جلسات.</translation>
        </message>
        <message>
            <source>Everyone came to at least one of the last {count} sessions.</source>
            <translation>حضر الجميع جلسة واحدة على الأقل من آخر {count} جلسات.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>Schedule sessions for {name}</source>
            <translation>جدولة جلسات {name}</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>جدولة</translation>
        </message>
        <message>
            <source>Add the sessions listed as planned sessions.</source>
            <translation>يضيف الجلسات المدرجة جلساتٍ مخططة.</translation>
        </message>
        <message>
            <source>Usual pattern: {describe}.</source>
            <translation>النمط المعتاد: {describe}.</translation>
        </message>
        <message>
            <source>&amp;How many sessions</source>
            <translation>عدد الجلسات (&amp;H)</translation>
        </message>
        <message>
            <source>How many new sessions to add (1 to {MAX_SESSIONS}).</source>
            <translation>كم جلسة جديدة تُضاف (من 1 إلى {MAX_SESSIONS}).</translation>
        </message>
        <message>
            <source>&amp;Starting</source>
            <translation>ابتداءً من (&amp;S)</translation>
        </message>
        <message>
            <source>The first date to consider. Earlier dates are left alone. It may be before the group's start date, to add sessions held before you used the app.</source>
            <translation>أول تاريخ يؤخذ في الحسبان. التواريخ الأسبق تبقى كما هي. قد يسبق تاريخ بدء المجموعة، لإضافة جلسات عُقدت قبل استخدامك التطبيق.</translation>
        </message>
        <message>
            <source>Sessions to be &amp;added</source>
            <translation>الجلسات التي ستُضاف (&amp;A)</translation>
        </message>
        <message>
            <source>The dates that will be added. Skipped dates and dates that already have a session are shown greyed and are not added.</source>
            <translation>التواريخ التي ستُضاف. التواريخ المتخطاة والتي لها جلسة مسبقًا تظهر باهتة ولا تُضاف.</translation>
        </message>
        <message>
            <source>No dates to add.</source>
            <translation>لا تواريخ لإضافتها.</translation>
        </message>
        <message>
            <source>{format_day} (already scheduled)</source>
            <translation>{format_day} (مجدولة مسبقًا)</translation>
        </message>
        <message>
            <source>{format_day} (skipped)</source>
            <translation>{format_day} (متخطاة)</translation>
        </message>
        <message>
            <source>1 session will be added, on {format_day}.</source>
            <translation>ستُضاف جلسة واحدة، في {format_day}.</translation>
        </message>
        <message>
            <source>{count} sessions will be added, from {format_day} to {format_day2}.</source>
            <translation>ستُضاف {count} جلسات، من {format_day} إلى {format_day2}.</translation>
        </message>
        <message>
            <source>It is</source>
            <translation>هي</translation>
        </message>
        <message>
            <source>All are</source>
            <translation>كلها</translation>
        </message>
        <message>
            <source>{earlier} are</source>
            <translation>{earlier} منها</translation>
        </message>
        <message>
            <source> {which} before the group's start date ({format_day}): for sessions held before you used the app.</source>
            <translation> {which} قبل تاريخ بدء المجموعة ({format_day}): لجلسات عُقدت قبل استخدامك التطبيق.</translation>
        </message>
    </context>
    <context>
        <name>ScoreValidator</name>
        <message>
            <source>{label} takes a number from {minimum} to {maximum}.</source>
            <translation>يقبل {label} رقمًا من {minimum} إلى {maximum}.</translation>
        </message>
    </context>
    <context>
        <name>ScreenLock</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>لحظة</numerusform>
                <numerusform>ثانية واحدة</numerusform>
                <numerusform>ثانيتين</numerusform>
                <numerusform>%n ثوانٍ</numerusform>
                <numerusform>%n ثانية</numerusform>
                <numerusform>%n ثانية</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>قفل (&amp;L)</translation>
        </message>
        <message>
            <source>Lock the window: hide everything until the passphrase is typed</source>
            <translation>يقفل النافذة: يخفي كل شيء حتى تُكتب عبارة المرور</translation>
        </message>
        <message>
            <source>Lock a&amp;fter…</source>
            <translation>القفل بعد (&amp;F)…</translation>
        </message>
        <message>
            <source>How many idle minutes before the window locks itself</source>
            <translation>كم دقيقة خمول قبل أن تقفل النافذة نفسها</translation>
        </message>
        <message>
            <source>{APP_NAME}: lock after</source>
            <translation>{APP_NAME}: القفل بعد</translation>
        </message>
        <message>
            <source>Lock the window after this many minutes without use
(0: only when you press Ctrl+L):</source>
            <translation>قفل النافذة بعد هذا العدد من الدقائق دون استخدام
(0: فقط عند الضغط على Ctrl+L):</translation>
        </message>
        <message>
            <source>1 wrong try</source>
            <translation>محاولة خاطئة واحدة</translation>
        </message>
        <message>
            <source>{failures} wrong tries in a row</source>
            <translation>{failures} محاولات خاطئة متتالية</translation>
        </message>
        <message>
            <source>That passphrase is not right ({tries}). Wait {seconds} before the next try.</source>
            <translation>عبارة المرور هذه غير صحيحة ({tries}). انتظر {seconds} قبل المحاولة التالية.</translation>
        </message>
        <message>
            <source>Type your passphrase again and press Enter.</source>
            <translation>اكتب عبارة المرور مجددًا واضغط Enter.</translation>
        </message>
    </context>
    <context>
        <name>ScrubPreview</name>
        <message>
            <source>What will leave</source>
            <translation>ما الذي سيخرج</translation>
        </message>
        <message>
            <source>The free text going into the document, one passage a line, as it will read; names replaced at the chosen level are between « and »</source>
            <translation>النص الحر الداخل في الوثيقة، مقطع في كل سطر، كما سيُقرأ؛ الأسماء المستبدلة بحسب المستوى المختار بين « و»</translation>
        </message>
        <message>
            <source>No preview: {message}</source>
            <translation>لا معاينة: {message}</translation>
        </message>
        <message>
            <source>{field}: {marked}</source>
            <translation>{field}: {marked}</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) replaced</source>
            <translation>
                <numerusform>لم يُستبدل أي اسم</numerusform>
                <numerusform>استُبدل اسم واحد</numerusform>
                <numerusform>استُبدل اسمان</numerusform>
                <numerusform>استُبدلت %n أسماء</numerusform>
                <numerusform>استُبدل %n اسمًا</numerusform>
                <numerusform>استُبدل %n اسم</numerusform>
            </translation>
        </message>
        <message>
            <source>… and {value} more</source>
            <translation>… و{value} أخرى</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>New session for {name}</source>
            <translation>جلسة جديدة لـ{name}</translation>
        </message>
        <message>
            <source>Add session</source>
            <translation>إضافة الجلسة</translation>
        </message>
        <message>
            <source>Add this session as a planned session.</source>
            <translation>يضيف هذه الجلسة جلسةً مخططة.</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>التاريخ (&amp;D)</translation>
        </message>
        <message>
            <source>The day of the session.</source>
            <translation>يوم الجلسة.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>البداية (&amp;S)</translation>
        </message>
        <message>
            <source>The time the session starts (24-hour clock).</source>
            <translation>وقت بدء الجلسة (نظام 24 ساعة).</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>النهاية (&amp;E)</translation>
        </message>
        <message>
            <source>The time the session ends; it must be after the start.</source>
            <translation>وقت انتهاء الجلسة؛ يجب أن يكون بعد البداية.</translation>
        </message>
        <message>
            <source>Optional, for example: Sleep and winding down</source>
            <translation>اختياري، مثال: النوم والاسترخاء</translation>
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation>الموضوع (&amp;T)</translation>
        </message>
        <message>
            <source>What the main part of the session is about. Optional.</source>
            <translation>عمّ يدور الجزء الرئيسي من الجلسة. اختياري.</translation>
        </message>
        <message>
            <source>Where the session takes place</source>
            <translation>أين تُعقد الجلسة</translation>
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation>المكان (&amp;V)</translation>
        </message>
        <message>
            <source>Where the session takes place; the group's venue by default.</source>
            <translation>أين تُعقد الجلسة؛ مكان المجموعة افتراضيًا.</translation>
        </message>
        <message>
            <source>Optional: who is running it with you</source>
            <translation>اختياري: من يديرها معك</translation>
        </message>
        <message>
            <source>&amp;Co-facilitators</source>
            <translation>الميسّرون المشاركون (&amp;C)</translation>
        </message>
        <message>
            <source>Who is running the session with you. Optional.</source>
            <translation>من يدير الجلسة معك. اختياري.</translation>
        </message>
        <message>
            <source>The session must end after it starts.</source>
            <translation>يجب أن تنتهي الجلسة بعد أن تبدأ.</translation>
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <source>{date}, {status}</source>
            <translation>{date}، {status}</translation>
        </message>
        <message>
            <source>
Topic: {topic}</source>
            <translation>
الموضوع: {topic}</translation>
        </message>
        <message>
            <source>{long_date} — {label}{topic}</source>
            <translation>{long_date} — {label}{topic}</translation>
        </message>
        <message>
            <source>today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>لم تُسجَّل</translation>
        </message>
    </context>
    <context>
        <name>SessionSummary</name>
        <message>
            <source>Session summary</source>
            <translation>ملخص الجلسة</translation>
        </message>
        <message>
            <source>Not shown (headcount only)</source>
            <translation>لا يظهر (العدد فقط)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>المجموعة</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>No set topic</source>
            <translation>لا موضوع محدد</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Co-facilitators</source>
            <translation>الميسّرون المشاركون</translation>
        </message>
        <message>
            <source>None recorded</source>
            <translation>لا شيء مسجل</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>الحضور</translation>
        </message>
        <message>
            <source>This session is marked '{status}', so no attendance was recorded.</source>
            <translation>هذه الجلسة معلَّمة «{status}»، لذا لم يُسجَّل حضور.</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>حاضر</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>Left early</source>
            <translation>غادر مبكرًا</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>معتذر</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>غائب</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>غير مسجَّل</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>الزوار</translation>
        </message>
        <message>
            <source>In the room</source>
            <translation>في القاعة</translation>
        </message>
        <message>
            <source>Visitors are counted only, never named. 'In the room' counts members who came (present, late or left early) and visitors.</source>
            <translation>يُحسب الزوار عددًا فقط ولا يُذكرون بأسمائهم. «في القاعة» يحسب الأعضاء الذين حضروا (حاضرين أو متأخرين أو غادروا مبكرًا) والزوار.</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>من حضر</translation>
        </message>
        <message>
            <source>Sent apologies:</source>
            <translation>اعتذروا:</translation>
        </message>
        <message>
            <source>Handouts given</source>
            <translation>المطويات الموزعة</translation>
        </message>
        <message>
            <source>No handouts were recorded for this session.</source>
            <translation>لم تُسجَّل أي مطويات لهذه الجلسة.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>ملاحظات</translation>
        </message>
        <message>
            <source>No note was written for this session.</source>
            <translation>لم تُكتب ملاحظة لهذه الجلسة.</translation>
        </message>
        <message>
            <source>Names shown as: {level}. Produced {date} from the group's records.</source>
            <translation>تظهر الأسماء بصيغة: {level}. أُعدّ في {date} من سجلات المجموعة.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Took part</source>
            <translation>المشاركة</translation>
        </message>
        <message>
            <source>Check-in round</source>
            <translation>جولة الاطمئنان</translation>
        </message>
        <message>
            <source>No check-ins were recorded at this session.</source>
            <translation>لم يُسجَّل أي اطمئنان في هذه الجلسة.</translation>
        </message>
        <message>
            <source>{name}, {low} to {high}</source>
            <translation>{name}، من {low} إلى {high}</translation>
        </message>
        <message>
            <source>Unknown check-in</source>
            <translation>اطمئنان غير معروف</translation>
        </message>
        <message>
            <source>{average} of {most} ({share}%), lowest {lowest}, highest {highest}</source>
            <translation>{average} من {most} ({share}٪)، الأدنى {lowest}، الأعلى {highest}</translation>
        </message>
        <message>
            <source>Left out (headcount only)</source>
            <translation>مستبعد (العدد فقط)</translation>
        </message>
        <message>
            <source>Check-in</source>
            <translation>الاطمئنان</translation>
        </message>
        <message>
            <source>Check-ins</source>
            <translation>الاطمئنان</translation>
        </message>
        <message numerus="yes">
            <source>%n recorded</source>
            <translation>
                <numerusform>لا شيء مسجل</numerusform>
                <numerusform>واحد مسجل</numerusform>
                <numerusform>اثنان مسجلان</numerusform>
                <numerusform>%n مسجلة</numerusform>
                <numerusform>%n مسجلًا</numerusform>
                <numerusform>%n مسجل</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a score</source>
            <translation>
                <numerusform>لا شيء بالنقاط</numerusform>
                <numerusform>واحد بالنقاط</numerusform>
                <numerusform>اثنان بالنقاط</numerusform>
                <numerusform>%n بالنقاط</numerusform>
                <numerusform>%n بالنقاط</numerusform>
                <numerusform>%n بالنقاط</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pass(es)</source>
            <translation>
                <numerusform>لا تخطٍّ</numerusform>
                <numerusform>تخطٍّ واحد</numerusform>
                <numerusform>تخطيان</numerusform>
                <numerusform>%n مرات تخطٍّ</numerusform>
                <numerusform>%n مرة تخطٍّ</numerusform>
                <numerusform>%n مرة تخطٍّ</numerusform>
            </translation>
        </message>
        <message>
            <source>Average</source>
            <translation>المتوسط</translation>
        </message>
        <message>
            <source>Follow-up flags</source>
            <translation>تنبيهات المتابعة</translation>
        </message>
        <message>
            <source>{flags}: a suggestion to offer a quiet, private word; never a diagnosis</source>
            <translation>{flags}: اقتراح لعرض حديث هادئ خاص؛ وليس تشخيصًا أبدًا</translation>
        </message>
        <message>
            <source>None</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>Words shared</source>
            <translation>الكلمات المشتركة</translation>
        </message>
        <message>
            <source>Also recorded</source>
            <translation>سُجّل أيضًا</translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s) with another instrument, not included above</source>
            <translation>
                <numerusform>لا اطمئنان بأداة أخرى</numerusform>
                <numerusform>اطمئنان واحد بأداة أخرى، غير مُضمَّن أعلاه</numerusform>
                <numerusform>اطمئنانان بأداة أخرى، غير مُضمَّنين أعلاه</numerusform>
                <numerusform>%n مرات اطمئنان بأداة أخرى، غير مُضمَّنة أعلاه</numerusform>
                <numerusform>%n مرة اطمئنان بأداة أخرى، غير مُضمَّنة أعلاه</numerusform>
                <numerusform>%n مرة اطمئنان بأداة أخرى، غير مُضمَّنة أعلاه</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionTabsWindow</name>
        <message>
            <source>Check-ins</source>
            <translation>الاطمئنان</translation>
        </message>
        <message>
            <source>Session notes</source>
            <translation>ملاحظات الجلسة</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>المطويات</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>ماذا تفعل</translation>
        </message>
        <message>
            <source>Each row is a key combination and what it does. Use the arrow keys to read them.</source>
            <translation>كل صف تركيبة مفاتيح وما تفعله. استخدم الأسهم لقراءتها.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Close this list (Esc).</source>
            <translation>إغلاق هذه القائمة (Esc).</translation>
        </message>
    </context>
    <context>
        <name>SignInSheet</name>
        <message>
            <source>Sign-in sheet</source>
            <translation>ورقة التوقيع</translation>
        </message>
        <message>
            <source>{group}, from {date}</source>
            <translation>{group}، ابتداءً من {date}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>من {first} إلى {last}</translation>
        </message>
        <message>
            <source>Please tick the box under today's date, or sign it. New here? Write your first name in an empty row. Visitors who prefer not to sign in are counted by the facilitator.</source>
            <translation>علّم المربع تحت تاريخ اليوم، أو وقّع فيه. جديد هنا؟ اكتب اسمك الأول في سطر فارغ. الزوار الذين يفضّلون عدم التوقيع يعدّهم الميسّر.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Visitors (headcount)</source>
            <translation>الزوار (العدد)</translation>
        </message>
        <message>
            <source>Total in the room</source>
            <translation>المجموع في القاعة</translation>
        </message>
    </context>
    <context>
        <name>StatusDelegate</name>
        <message>
            <source>Attendance status</source>
            <translation>حالة الحضور</translation>
        </message>
        <message>
            <source>Choose how this member took part</source>
            <translation>اختر كيف شارك هذا العضو</translation>
        </message>
        <message>
            <source>{label}  ({value})</source>
            <translation>{label}  ({value})</translation>
        </message>
    </context>
    <context>
        <name>StoreKeys</name>
        <message>
            <source>{path} was not opened: it is encrypted and no passphrase was given. The file was not changed.</source>
            <translation>لم يُفتح {path}: إنه مشفّر ولم تُعطَ عبارة مرور. لم يتغير الملف.</translation>
        </message>
        <message>
            <source>Type the passphrase of {name} to open it.</source>
            <translation>اكتب عبارة مرور {name} لفتحه.</translation>
        </message>
        <message>
            <source>Choose a passphrase for the new data file {name}. It is needed to open the file; a recovery key is shown next in case it is ever forgotten.</source>
            <translation>اختر عبارة مرور لملف البيانات الجديد {name}. تلزم لفتح الملف؛ ويظهر بعدها مفتاح استرداد تحسبًا لنسيانها يومًا.</translation>
        </message>
        <message>
            <source>No passphrase was chosen, so no data file was made at {path}.</source>
            <translation>لم تُختر عبارة مرور، لذا لم يُنشأ ملف بيانات في {path}.</translation>
        </message>
        <message>
            <source>{APP_NAME}: encrypt this data file?</source>
            <translation>{APP_NAME}: هل تشفّر ملف البيانات هذا؟</translation>
        </message>
        <message>
            <source>{name} was saved by an earlier version of Facilitator, without encryption: anyone with a copy can read it. Encrypt it now? A backup is made first, and its older backups are encrypted too.</source>
            <translation>حُفظ {name} بإصدار أقدم من Facilitator دون تشفير: يستطيع قراءته أي شخص لديه نسخة منه. هل تشفّره الآن؟ تُنشأ نسخة احتياطية أولًا، وتُشفَّر نسخه الأقدم أيضًا.</translation>
        </message>
        <message>
            <source>Choose a passphrase for {name}.</source>
            <translation>اختر عبارة مرور لـ{name}.</translation>
        </message>
        <message>
            <source>The passphrase was changed, for the data file and its backups. The recovery key stays the same.</source>
            <translation>تغيّرت عبارة المرور لملف البيانات ونسخه الاحتياطية. يبقى مفتاح الاسترداد كما هو.</translation>
        </message>
    </context>
    <context>
        <name>StoreSafety</name>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>الاستعادة من نسخة احتياطية (&amp;R)…</translation>
        </message>
        <message>
            <source>Put the data file back as it was at an earlier backup</source>
            <translation>يعيد ملف البيانات إلى ما كان عليه في نسخة احتياطية سابقة</translation>
        </message>
        <message>
            <source>&amp;Import members…</source>
            <translation>استيراد الأعضاء (&amp;I)…</translation>
        </message>
        <message>
            <source>Add members from a CSV file (Google Contacts, Outlook, or a sheet)</source>
            <translation>يضيف أعضاء من ملف CSV (جهات اتصال Google أو Outlook أو جدول)</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>تغيير عبارة المرور (&amp;P)…</translation>
        </message>
        <message>
            <source>Set a new passphrase for this data file (or reset it with the recovery key)</source>
            <translation>عيّن عبارة مرور جديدة لملف البيانات هذا (أو أعد تعيينها بمفتاح الاسترداد)</translation>
        </message>
        <message>
            <source>Passphrase changed</source>
            <translation>تغيّرت عبارة المرور</translation>
        </message>
        <message>
            <source>Sample data is not backed up: it is thrown away when you close it.</source>
            <translation>لا تُنسخ بيانات المثال احتياطيًا: تُتجاهل عند إغلاقها.</translation>
        </message>
        <message>
            <source>Backup written and checked: {path}</source>
            <translation>كُتبت النسخة الاحتياطية وفُحصت: {path}</translation>
        </message>
        <message>
            <source>The automatic backup did not work: {message}</source>
            <translation>لم تنجح النسخة الاحتياطية التلقائية: {message}</translation>
        </message>
        <message>
            <source>Automatic backup written and checked</source>
            <translation>كُتبت النسخة الاحتياطية التلقائية وفُحصت</translation>
        </message>
        <message>
            <source>{APP_NAME}: the closing backup was not made</source>
            <translation>{APP_NAME}: لم تُنشأ نسخة الإغلاق الاحتياطية</translation>
        </message>
        <message>
            <source> Your data as it was just before is kept in {safety_backup}.</source>
            <translation> بياناتك كما كانت قبل ذلك مباشرة محفوظة في {safety_backup}.</translation>
        </message>
        <message>
            <source>The data file was restored from the backup.{where}</source>
            <translation>استُعيد ملف البيانات من النسخة الاحتياطية.{where}</translation>
        </message>
    </context>
    <context>
        <name>SubmitDialog</name>
        <message>
            <source>Problem</source>
            <translation>مشكلة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Close without saving anything (Esc).</source>
            <translation>إغلاق دون حفظ أي شيء (Esc).</translation>
        </message>
        <message>
            <source>Someone else saved changes to this while you were editing it (at another computer, or in a sync). Your changes have not been saved yet.</source>
            <translation>حفظ شخص آخر تغييرات على هذا أثناء تحريرك له (على حاسوب آخر أو أثناء مزامنة). لم تُحفظ تغييراتك بعد.</translation>
        </message>
        <message>
            <source>Reload shows their version instead of yours. Save mine replaces theirs with what you typed. Keep editing goes back to the form.</source>
            <translation>«إعادة التحميل» تعرض نسختهم بدل نسختك. «احفظ نسختي» تستبدل نسختهم بما كتبته. «متابعة التحرير» تعيدك إلى النموذج.</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>إعادة ال&amp;تحميل</translation>
        </message>
        <message>
            <source>&amp;Save mine</source>
            <translation>ا&amp;حفظ نسختي</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;متابعة التحرير</translation>
        </message>
        <message>
            <source>Their version is shown now. Make your changes again if they are still needed.</source>
            <translation>تظهر نسختهم الآن. أعد إجراء تغييراتك إن كانت لا تزال لازمة.</translation>
        </message>
        <message>
            <source>Not saved yet: someone else changed this meanwhile.</source>
            <translation>لم يُحفظ بعد: غيّر شخص آخر هذا في الأثناء.</translation>
        </message>
    </context>
    <context>
        <name>SyncActions</name>
        <message>
            <source>S&amp;ync…</source>
            <translation>مزامنة (&amp;Y)…</translation>
        </message>
        <message>
            <source>Sync with the organisation's server, another data file, or a bundle</source>
            <translation>المزامنة مع خادم المنظمة أو ملف بيانات آخر أو حزمة</translation>
        </message>
        <message>
            <source>Last synced</source>
            <translation>آخر مزامنة</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>لم تتم المزامنة بعد</translation>
        </message>
        <message>
            <source>Last synced: {when}</source>
            <translation>آخر مزامنة: {when}</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictModel</name>
        <message>
            <source>Session note, {date} ({group}): {section}</source>
            <translation>ملاحظة الجلسة، {date} ({group}): {section}</translation>
        </message>
        <message>
            <source>{table}, record {row}: {column}</source>
            <translation>{table}، السجل {row}: {column}</translation>
        </message>
        <message>
            <source>{what}. Press Enter to open it and keep the text you want; the conflict is settled when the markers are gone.</source>
            <translation>{what}. اضغط Enter لفتحها والإبقاء على النص الذي تريده؛ يُحسم التعارض عندما تزول العلامات.</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message numerus="yes">
            <source>%n conflict(s) to settle: press Enter on one to open that session's no&amp;tes.</source>
            <translation>
                <numerusform>لا تعارضات لحسمها (&amp;T).</numerusform>
                <numerusform>تعارض واحد لحسمه: اضغط Enter عليه لفتح ملاحظات تلك الجلسة (&amp;T).</numerusform>
                <numerusform>تعارضان لحسمهما: اضغط Enter على أحدهما لفتح ملاحظات تلك الجلسة (&amp;T).</numerusform>
                <numerusform>%n تعارضات لحسمها: اضغط Enter على أحدها لفتح ملاحظات تلك الجلسة (&amp;T).</numerusform>
                <numerusform>%n تعارضًا لحسمه: اضغط Enter على أحدها لفتح ملاحظات تلك الجلسة (&amp;T).</numerusform>
                <numerusform>%n تعارض لحسمه: اضغط Enter على أحدها لفتح ملاحظات تلك الجلسة (&amp;T).</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>مزامنة</translation>
        </message>
        <message>
            <source>Ways to sync</source>
            <translation>طرق المزامنة</translation>
        </message>
        <message>
            <source>&amp;Server or data file</source>
            <translation>خادم أو ملف بيانات (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Bundle (USB stick)</source>
            <translation>حزمة (ذاكرة USB) (&amp;B)</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>تقدّم المزامنة</translation>
        </message>
        <message>
            <source>How much of the sync is done.</source>
            <translation>مقدار ما أُنجز من المزامنة.</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>إلغاء (&amp;C)</translation>
        </message>
        <message>
            <source>Cancel the sync</source>
            <translation>إلغاء المزامنة</translation>
        </message>
        <message>
            <source>Stop the sync; nothing is changed in either place.</source>
            <translation>إيقاف المزامنة؛ لا يتغير شيء في أي من الجانبين.</translation>
        </message>
        <message>
            <source>What the sync did</source>
            <translation>ما فعلته المزامنة</translation>
        </message>
        <message>
            <source>People possibly added twice</source>
            <translation>أشخاص ربما أُضيفوا مرتين</translation>
        </message>
        <message>
            <source>Conflicts to settle</source>
            <translation>تعارضات يجب حسمها</translation>
        </message>
        <message>
            <source>Sections written on two computers at once. Press Enter to open one.</source>
            <translation>أقسام كُتبت على حاسوبين في الوقت نفسه. اضغط Enter لفتح أحدها.</translation>
        </message>
        <message>
            <source>No conflicts to settle.</source>
            <translation>لا توجد تعارضات لحسمها.</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>جارٍ العمل…</translation>
        </message>
        <message>
            <source>Choose a data file</source>
            <translation>اختيار ملف بيانات</translation>
        </message>
        <message>
            <source>Facilitator data (*.sqlite3);;All files (*)</source>
            <translation>بيانات Facilitator (*.sqlite3);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Type a server address or choose a data file first.</source>
            <translation>اكتب عنوان خادم أو اختر ملف بيانات أولًا.</translation>
        </message>
        <message>
            <source>There is no data file at {path}. Choose another file; nothing was changed.</source>
            <translation>لا يوجد ملف بيانات في {path}. اختر ملفًا آخر؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>That is the data file this window has open. Choose another data file or the server; nothing was changed.</source>
            <translation>هذا هو ملف البيانات المفتوح في هذه النافذة. اختر ملف بيانات آخر أو الخادم؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>Choose the organisation key file first, or make a new one.</source>
            <translation>اختر ملف مفتاح المنظمة أولًا، أو أنشئ مفتاحًا جديدًا.</translation>
        </message>
        <message>
            <source>Choose the organisation key</source>
            <translation>اختيار مفتاح المنظمة</translation>
        </message>
        <message>
            <source>Organisation keys (*.key);;All files (*)</source>
            <translation>مفاتيح المنظمة (*.key);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Save the new organisation key</source>
            <translation>حفظ مفتاح المنظمة الجديد</translation>
        </message>
        <message>
            <source>Organisation key written to {path} (readable by you only). Copy it only to your organisation's laptops: anyone holding it can read the bundles.</source>
            <translation>كُتب مفتاح المنظمة في {path} (يقرؤه أنت فقط). انسخه إلى حواسيب منظمتك المحمولة فقط: كل من يملكه يستطيع قراءة الحزم.</translation>
        </message>
        <message>
            <source>Save the bundle as</source>
            <translation>حفظ الحزمة باسم</translation>
        </message>
        <message>
            <source>Facilitator bundles (*.fsync);;All files (*)</source>
            <translation>حزم Facilitator (*.fsync);;كل الملفات (*)</translation>
        </message>
        <message>
            <source>Choose the bundle</source>
            <translation>اختيار الحزمة</translation>
        </message>
        <message>
            <source>Choose the bundle file first.</source>
            <translation>اختر ملف الحزمة أولًا.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>جارٍ الإيقاف…</translation>
        </message>
    </context>
    <context>
        <name>SyncWording</name>
        <message>
            <source>Sync cancelled; nothing was changed.</source>
            <translation>أُلغيت المزامنة؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>The sync stopped because of an unexpected problem, so nothing was changed. It has been written to the log; try again.</source>
            <translation>توقفت المزامنة بسبب مشكلة غير متوقعة، لذا لم يتغير شيء. سُجّلت المشكلة في السجل؛ حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>{added} added, {updated} updated, {unchanged} unchanged, {conflicts} in conflict</source>
            <translation>{added} مضافة، {updated} محدّثة، {unchanged} دون تغيير، {conflicts} في تعارض</translation>
        </message>
        <message>
            <source>Synced with {other}.</source>
            <translation>تمت المزامنة مع {other}.</translation>
        </message>
        <message>
            <source>Came in here: {counts}.</source>
            <translation>وصل إلى هنا: {counts}.</translation>
        </message>
        <message>
            <source>Went to the other side: {counts}.</source>
            <translation>ذهب إلى الجانب الآخر: {counts}.</translation>
        </message>
        <message>
            <source>the changes since the last bundle</source>
            <translation>التغييرات منذ آخر حزمة</translation>
        </message>
        <message>
            <source>everything in this data</source>
            <translation>كل ما في هذه البيانات</translation>
        </message>
        <message>
            <source>Bundle written to {path}: {what}, {rows}, encrypted with the organisation key.</source>
            <translation>كُتبت الحزمة في {path}: {what}، {rows}، مشفّرة بمفتاح المنظمة.</translation>
        </message>
        <message>
            <source>Imported {name}: {counts}.</source>
            <translation>استُورد {name}: {counts}.</translation>
        </message>
        <message>
            <source>Sections written on two computers at once now hold both texts between markers; open each one below and keep what you want.</source>
            <translation>الأقسام التي كُتبت على حاسوبين في الوقت نفسه تحوي الآن النصين بين علامات؛ افتح كلًّا منها أدناه واحتفظ بما تريد.</translation>
        </message>
        <message>
            <source>Possibly the same person, added on two computers: {names}. If so, merge them on the Roster (Merge with…, Ctrl+Shift+M).</source>
            <translation>ربما الشخص نفسه، أُضيف على حاسوبين: {names}. إن كان كذلك فادمجهما في قائمة الأعضاء (دمج مع…، Ctrl+Shift+M).</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>{name} has no {instrument} check-ins yet.</source>
            <translation>لا اطمئنان {instrument} لـ{name} بعد.</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>تخطّى</translation>
        </message>
        <message>
            <source>on {short_date}</source>
            <translation>في {short_date}</translation>
        </message>
        <message>
            <source>from {short_date} to {short_date2}</source>
            <translation>من {short_date} إلى {short_date2}</translation>
        </message>
        <message numerus="yes">
            <source>{name}'s {instrument}, last %n check-in(s) {span}: {values}.</source>
            <translation>
                <numerusform>{instrument} لـ{name}، لا اطمئنان {span}: {values}.</numerusform>
                <numerusform>{instrument} لـ{name}، آخر اطمئنان {span}: {values}.</numerusform>
                <numerusform>{instrument} لـ{name}، آخر اطمئنانين {span}: {values}.</numerusform>
                <numerusform>{instrument} لـ{name}، آخر %n مرات اطمئنان {span}: {values}.</numerusform>
                <numerusform>{instrument} لـ{name}، آخر %n مرة اطمئنان {span}: {values}.</numerusform>
                <numerusform>{instrument} لـ{name}، آخر %n مرة اطمئنان {span}: {values}.</numerusform>
            </translation>
        </message>
        <message>
            <source> Passed on {short_date}; the latest score was {total}.</source>
            <translation> تخطّى في {short_date}؛ وآخر نقاط كانت {total}.</translation>
        </message>
        <message>
            <source> Latest: {total}.</source>
            <translation> الأخير: {total}.</translation>
        </message>
        <message>
            <source>Check-in trend</source>
            <translation>مسار الاطمئنان</translation>
        </message>
        <message>
            <source>Choose a member in the table to see their recent check-ins.</source>
            <translation>اختر عضوًا في الجدول لرؤية اطمئنانه الأخير.</translation>
        </message>
        <message>
            <source>{name} · {instrument}</source>
            <translation>{name} · {instrument}</translation>
        </message>
        <message>
            <source>No {instrument} check-ins yet for {name}.</source>
            <translation>لا اطمئنان {instrument} لـ{name} بعد.</translation>
        </message>
    </context>
    <context>
        <name>ViewActions</name>
        <message>
            <source>&amp;Smaller</source>
            <translation>صغير (&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Normal</source>
            <translation>عادي (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Larger</source>
            <translation>كبير (&amp;L)</translation>
        </message>
        <message>
            <source>L&amp;argest</source>
            <translation>كبير جدًا (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Increase text size</source>
            <translation>تكبير حجم النص (&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Decrease text size</source>
            <translation>تصغير حجم النص (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>التباين العالي (&amp;H)</translation>
        </message>
        <message>
            <source>Black and white with a strong selection colour, easier to read</source>
            <translation>أبيض وأسود بلون تحديد قوي، أسهل للقراءة</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>حجم النص (&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>VisitorCountCommand</name>
        <message>
            <source>Visitors: {after}</source>
            <translation>الزوار: {after}</translation>
        </message>
    </context>
    <context>
        <name>WalkInChooser</name>
        <message>
            <source>Who came?</source>
            <translation>من حضر؟</translation>
        </message>
        <message>
            <source>More than one member is called “{name}”. Who came to this session?</source>
            <translation>يوجد أكثر من عضو باسم «{name}». من حضر هذه الجلسة؟</translation>
        </message>
        <message>
            <source>Members called {name}</source>
            <translation>أعضاء باسم {name}</translation>
        </message>
        <message>
            <source>Choose who came with the arrow keys, then press Enter to mark them present</source>
            <translation>اختر بالأسهم من حضر، ثم اضغط Enter لتسجيل حضوره</translation>
        </message>
        <message>
            <source>Someone new called “{name}” (joins the group from this session)</source>
            <translation>شخص جديد باسم «{name}» (ينضم إلى المجموعة من هذه الجلسة)</translation>
        </message>
        <message>
            <source>Mark present</source>
            <translation>تسجيل الحضور</translation>
        </message>
        <message>
            <source>Mark the chosen person present (Enter)</source>
            <translation>يسجّل حضور الشخص المختار (Enter)</translation>
        </message>
        <message>
            <source>Mark nobody; the name stays in the walk-in field (Esc)</source>
            <translation>لا تسجّل أحدًا؛ يبقى الاسم في حقل القادم (Esc)</translation>
        </message>
    </context>
    <context>
        <name>WalkInCommand</name>
        <message>
            <source>Walk-in: {name}</source>
            <translation>قادم: {name}</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome</source>
            <translation>أهلًا بك</translation>
        </message>
        <message>
            <source>&lt;h1&gt;Welcome to Facilitator&lt;/h1&gt;</source>
            <translation>&lt;h1&gt;أهلًا بك في Facilitator&lt;/h1&gt;</translation>
        </message>
        <message>
            <source>Keep your group's attendance, check-ins, notes and handouts in one place on this laptop. Nothing is sent anywhere: the app never uses the internet.</source>
            <translation>احفظ حضور مجموعتك واطمئنانها وملاحظاتها ومطوياتها في مكان واحد على هذا الحاسوب. لا يُرسل شيء إلى أي مكان: التطبيق لا يستخدم الإنترنت أبدًا.</translation>
        </message>
        <message>
            <source>&amp;Create your first group</source>
            <translation>أنشئ مجموعتك الأولى (&amp;C)</translation>
        </message>
        <message>
            <source>Create your first group</source>
            <translation>أنشئ مجموعتك الأولى</translation>
        </message>
        <message>
            <source>Name your group and say when it meets</source>
            <translation>سمِّ مجموعتك وحدد متى تلتقي</translation>
        </message>
        <message>
            <source>E&amp;xplore with sample data</source>
            <translation>الاستكشاف ببيانات مثال (&amp;X)</translation>
        </message>
        <message>
            <source>Explore with sample data</source>
            <translation>الاستكشاف ببيانات مثال</translation>
        </message>
        <message>
            <source>Opens a separate window on invented groups and people; your store stays empty</source>
            <translation>يفتح نافذة منفصلة بمجموعات وأشخاص متخيَّلين؛ وتبقى بياناتك فارغة</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;New data file…</source>
            <translation>ملف بيانات جديد (&amp;N)…</translation>
        </message>
        <message>
            <source>Start a new, empty data file (for another organisation, say)</source>
            <translation>يبدأ ملف بيانات جديدًا فارغًا (لجهة أخرى مثلًا)</translation>
        </message>
        <message>
            <source>&amp;Open data file…</source>
            <translation>فتح ملف بيانات (&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>نسخ احتياطي الآن (&amp;B)</translation>
        </message>
        <message>
            <source>Write a consistent copy of your data to the backups folder</source>
            <translation>يكتب نسخة متسقة من بياناتك في مجلد النسخ الاحتياطية</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>خروج (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;New group…</source>
            <translation>مجموعة جديدة (&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit group…</source>
            <translation>تعديل المجموعة (&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Schedule sessions…</source>
            <translation>جدولة الجلسات (&amp;S)…</translation>
        </message>
        <message>
            <source>Create planned sessions for the next weeks, following the group's pattern</source>
            <translation>ينشئ جلسات مخططة للأسابيع القادمة وفق نمط المجموعة</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>جلسة جديدة (&amp;N)…</translation>
        </message>
        <message>
            <source>Add a single session, e.g. an extra meeting</source>
            <translation>يضيف جلسة واحدة، مثل لقاء إضافي</translation>
        </message>
        <message>
            <source>Mark &amp;held</source>
            <translation>تعليمها معقودة (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Cancel session</source>
            <translation>إلغاء الجلسة (&amp;C)</translation>
        </message>
        <message>
            <source>The session stays in the history, marked cancelled</source>
            <translation>تبقى الجلسة في التاريخ، معلَّمة ملغاة</translation>
        </message>
        <message>
            <source>Mark “&amp;did not meet”</source>
            <translation>تعليمها «لم تنعقد» (&amp;D)</translation>
        </message>
        <message>
            <source>Nobody came: the session stays in the history</source>
            <translation>لم يحضر أحد: تبقى الجلسة في التاريخ</translation>
        </message>
        <message>
            <source>Set back to &amp;planned</source>
            <translation>إعادتها إلى مخططة (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Getting started</source>
            <translation>البداية (&amp;G)</translation>
        </message>
        <message>
            <source>A short guide to one evening: before, at the door, the round, after (F1)</source>
            <translation>دليل قصير لأمسية واحدة: قبلها، وعند الباب، والجولة، وبعدها (F1)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Facilitator</source>
            <translation>عن Facilitator (&amp;A)</translation>
        </message>
        <message>
            <source>New data file</source>
            <translation>ملف بيانات جديد</translation>
        </message>
        <message>
            <source>facilitator.sqlite3</source>
            <translation>facilitator.sqlite3</translation>
        </message>
        <message>
            <source>Facilitator data files (*.sqlite3)</source>
            <translation>ملفات بيانات Facilitator (*.sqlite3)</translation>
        </message>
        <message>
            <source>Open data file</source>
            <translation>ملف البيانات المفتوح</translation>
        </message>
        <message>
            <source>Facilitator data files (*.sqlite3);;All files (*)</source>
            <translation>ملفات بيانات Facilitator (*.sqlite3);;كل الملفات (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) scheduled</source>
            <translation>
                <numerusform>لم تُجدول أي جلسة</numerusform>
                <numerusform>جُدولت جلسة واحدة</numerusform>
                <numerusform>جُدولت جلستان</numerusform>
                <numerusform>جُدولت %n جلسات</numerusform>
                <numerusform>جُدولت %n جلسة</numerusform>
                <numerusform>جُدولت %n جلسة</numerusform>
            </translation>
        </message>
        <message>
            <source>Session: {label}</source>
            <translation>الجلسة: {label}</translation>
        </message>
    </context>
    <context>
        <name>_RangeDelegate</name>
        <message>
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>The question as you would ask it in the round</source>
            <translation>السؤال كما تطرحه في الجولة</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>الأدنى</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>الأعلى</translation>
        </message>
        <message>
            <source>{which} answer</source>
            <translation>الإجابة {which}</translation>
        </message>
        <message>
            <source>The {lower} answer to this question (0 to {MAX_ANSWER})</source>
            <translation>الإجابة {lower} لهذا السؤال (من 0 إلى {MAX_ANSWER})</translation>
        </message>
    </context>
</TS>
