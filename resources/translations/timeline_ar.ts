<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Diplomatic Timeline</source>
        <translation>حول الخط الزمني الدبلوماسي</translation>
    </message>
    <message>
        <source>Diplomatic Timeline</source>
        <translation>الخط الزمني الدبلوماسي</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>A timeline of relations between states, in Arabic, English and French.</source>
        <translation>خط زمني للعلاقات بين الدول، بالعربية والإنجليزية والفرنسية.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (%1)</source>
        <translation>الترخيص: رخصة جنو العمومية العامة، الإصدار 3 أو أي إصدار لاحق (%1)</translation>
    </message>
    <message>
        <source>Fonts: %1, %2, %3 — %4</source>
        <translation>الخطوط: %1، %2، %3 — رخصة %4</translation>
    </message>
    <message>
        <source>%1 (SQLite %2)</source>
        <translation>%1 (SQLite %2)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Qt %1, PySide6 %2</source>
        <translation>Qt %1، PySide6 %2</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>SQLAlchemy</source>
        <translation>SQLAlchemy</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>الملف المفتوح</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Start an agreement thread</source>
        <translation>بدء مسار اتفاق</translation>
    </message>
    <message>
        <source>Kind of agreement</source>
        <translation>نوع الاتفاق</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Country codes separated by spaces: MA KZ</source>
        <translation>رموز البلدان مفصولة بمسافات: MA KZ</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Title in Arabic</source>
        <translation>العنوان بالعربية</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>العنوان بالإنجليزية</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>العنوان بالفرنسية</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;بدء</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>الأ&amp;طراف</translation>
    </message>
    <message>
        <source>I&amp;dentifier</source>
        <translation>ال&amp;معرّف</translation>
    </message>
    <message>
        <source>Title (&amp;Arabic)</source>
        <translation>العنوان (بال&amp;عربية)</translation>
    </message>
    <message>
        <source>Title (&amp;English)</source>
        <translation>العنوان (بالإن&amp;جليزية)</translation>
    </message>
    <message>
        <source>Title (&amp;French)</source>
        <translation>العنوان (بال&amp;فرنسية)</translation>
    </message>
    <message>
        <source>an agreement has this identifier already</source>
        <translation>يوجد اتفاق بهذا المعرّف من قبل</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Needs attention</source>
        <translation>بحاجة إلى متابعة</translation>
    </message>
    <message>
        <source>Its day is still to come: record it as announced</source>
        <translation>موعده لم يحن بعد: سجِّله مُعلَنًا عنه</translation>
    </message>
    <message>
        <source>&amp;Mark as announced</source>
        <translation>تس&amp;جيله مُعلَنًا عنه</translation>
    </message>
    <message>
        <source>&amp;Mark as held</source>
        <translation>تأ&amp;كيد انعقاده</translation>
    </message>
    <message>
        <source>It took place on its date: confirm it</source>
        <translation>جرى في موعده: أكِّد ذلك</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>بحاجة إلى متابعة (%1)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The event was changed elsewhere</source>
        <translation>عُدِّل الحدث في مكان آخر</translation>
    </message>
    <message>
        <source>Someone saved this event after you opened it. Here is what differs; choose which version to keep.</source>
        <translation>حفظ شخص آخر هذا الحدث بعد أن فتحته. هذه هي الفروق؛ اختر النسخة التي تريد الاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>النسخة المحفوظة</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>نسختك</translation>
    </message>
    <message>
        <source>Keep the &amp;saved version</source>
        <translation>الإبقاء على النسخة ال&amp;محفوظة</translation>
    </message>
    <message>
        <source>Save &amp;mine over it</source>
        <translation>حفظ &amp;نسختي مكانها</translation>
    </message>
    <message>
        <source>&amp;Edit mine again</source>
        <translation>&amp;تعديل نسختي مجددًا</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>الاتصال بقاعدة بيانات الفريق</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;حفظ كلمة المرور في خزانة مفاتيح النظام</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password cannot be stored: it is kept only until you quit the app.</source>
        <translation>لا توجد خزانة مفاتيح على هذا الحاسوب، فلا يمكن حفظ كلمة المرور: تُحفظ فقط إلى أن تغلق التطبيق.</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>ال&amp;خادم</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>المن&amp;فذ</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ال&amp;مستخدم</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user.</source>
        <translation>أدخل الخادم وقاعدة البيانات والمستخدم.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address alone in Host (%1 or %2).</source>
        <translation>اكتب في خانة «الخادم» اسمه أو عنوانه وحده (%1 أو %2).</translation>
    </message>
</context>
<context>
    <name>CountriesEditor</name>
    <message>
        <source>Type a name or an ISO code</source>
        <translation>اكتب اسمًا أو رمز ISO</translation>
    </message>
    <message>
        <source>First country</source>
        <translation>البلد الأول</translation>
    </message>
    <message>
        <source>Second country</source>
        <translation>البلد الثاني</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>البلد المضيف</translation>
    </message>
    <message>
        <source>&amp;First country</source>
        <translation>البلد ال&amp;أول</translation>
    </message>
    <message>
        <source>Se&amp;cond country</source>
        <translation>البلد ال&amp;ثاني</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>البلد المض&amp;يف</translation>
    </message>
    <message>
        <source>Add a &amp;country</source>
        <translation>&amp;إضافة بلد</translation>
    </message>
    <message>
        <source>Other members</source>
        <translation>الأعضاء الآخرون</translation>
    </message>
    <message>
        <source>Country to add</source>
        <translation>البلد المراد إضافته</translation>
    </message>
    <message>
        <source>Other member countries</source>
        <translation>البلدان الأعضاء الأخرى</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add member country</source>
        <translation>إضافة بلد عضو</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove member country</source>
        <translation>إزالة البلد العضو</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>ملف JSON (*.json)</translation>
    </message>
    <message>
        <source>PLOVER JSON lines (*.jsonl)</source>
        <translation>أسطر JSON بصيغة PLOVER (*.jsonl)</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>تصدير الأحداث</translation>
    </message>
</context>
<context>
    <name>DateRow</name>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>هجري</translation>
    </message>
    <message>
        <source>%1: precision</source>
        <translation>%1: الدقة</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1: التقويم</translation>
    </message>
    <message>
        <source>%1: year</source>
        <translation>%1: السنة</translation>
    </message>
    <message>
        <source>%1: month</source>
        <translation>%1: الشهر</translation>
    </message>
    <message>
        <source>%1: day</source>
        <translation>%1: اليوم</translation>
    </message>
    <message>
        <source>%1: other calendar</source>
        <translation>%1: التقويم الآخر</translation>
    </message>
    <message>
        <source>Hijri dates are typed to the day: choose “Day” to type one</source>
        <translation>يُكتب التاريخ الهجري باليوم: اختر «يوم» لكتابته</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Event details</source>
        <translation>تفاصيل الحدث</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>التاريخ الهجري</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the list.</source>
        <translation>اختر حدثًا على الخط الزمني أو في القائمة.</translation>
    </message>
    <message>
        <source>outside the Umm al-Qura tables (1924–2077)</source>
        <translation>خارج جداول أم القرى (1924–2077)</translation>
    </message>
    <message>
        <source>host</source>
        <translation>البلد المضيف</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>حدث مكرر محتمل</translation>
    </message>
    <message>
        <source>This looks like an event that is already recorded:</source>
        <translation>يبدو أن هذا الحدث مسجَّل من قبل:</translation>
    </message>
    <message>
        <source>The one you are saving:</source>
        <translation>الحدث الذي تحفظه:</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>الإبقاء على ال&amp;اثنين</translation>
    </message>
    <message>
        <source>&amp;Merge into the existing one</source>
        <translation>&amp;دمجه في الحدث الموجود</translation>
    </message>
    <message>
        <source>&amp;Go back to the editor</source>
        <translation>ال&amp;عودة إلى المحرر</translation>
    </message>
</context>
<context>
    <name>EmptyResult</name>
    <message>
        <source>No event matches ‘%1’.</source>
        <translation>لا يوجد حدث يطابق «%1».</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>لا يوجد حدث يطابق هذه التصفية.</translation>
    </message>
    <message>
        <source>Show every date</source>
        <translation>عرض كل التواريخ</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>إلغاء التصفية</translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>Edit event</source>
        <translation>تعديل الحدث</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>حدث جديد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title in Arabic</source>
        <translation>العنوان بالعربية</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>العنوان بالإنجليزية</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>العنوان بالفرنسية</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Country of the place</source>
        <translation>بلد المكان</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>City in Arabic</source>
        <translation>المدينة بالعربية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Step of the agreement</source>
        <translation>مرحلة الاتفاق</translation>
    </message>
    <message>
        <source>Party that approved or ratified</source>
        <translation>الطرف الذي صادق أو صدّق</translation>
    </message>
    <message>
        <source>City in English</source>
        <translation>المدينة بالإنجليزية</translation>
    </message>
    <message>
        <source>City in French</source>
        <translation>المدينة بالفرنسية</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>الاسم (بالفرنسية)</translation>
    </message>
    <message>
        <source>Office (Arabic)</source>
        <translation>الصفة (بالعربية)</translation>
    </message>
    <message>
        <source>Office (English)</source>
        <translation>الصفة (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Office (French)</source>
        <translation>الصفة (بالفرنسية)</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>رمز البلد</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <source>Remove the selected participants</source>
        <translation>إزالة المشاركين المحددين</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <comment>a participant</comment>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Remove the selected sources</source>
        <translation>إزالة المصادر المحددة</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <comment>a source</comment>
        <translation>إض&amp;افة</translation>
    </message>
    <message>
        <source>The day of publication, such as %1, or empty</source>
        <translation>يوم النشر، مثل %1، أو فارغ</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <source>Has an &amp;end date</source>
        <translation>له &amp;تاريخ نهاية</translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation>له تاريخ نهاية</translation>
    </message>
    <message>
        <source>Lasted the whole span</source>
        <translation>استمر طوال المدة</translation>
    </message>
    <message>
        <source>On one day &amp;within it</source>
        <translation>في يوم واحد من&amp;ها</translation>
    </message>
    <message>
        <source>On one day within it</source>
        <translation>في يوم واحد منها</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>حف&amp;ظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Title (Ara&amp;bic)</source>
        <translation>العنوان (بال&amp;عربية)</translation>
    </message>
    <message>
        <source>Title (Eng&amp;lish)</source>
        <translation>العنوان (بالإن&amp;جليزية)</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>المل&amp;خص</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>الو&amp;سوم</translation>
    </message>
    <message>
        <source>Ci&amp;ty (Arabic)</source>
        <translation>الم&amp;دينة (بالعربية)</translation>
    </message>
    <message>
        <source>C&amp;ity (English)</source>
        <translation>المدينة (بالإنجلي&amp;زية)</translation>
    </message>
    <message>
        <source>Cit&amp;y (French)</source>
        <translation>المدينة (بالف&amp;رنسية)</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>الب&amp;لد</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>النهاي&amp;ة</translation>
    </message>
    <message>
        <source>no country is called &apos;%1&apos;</source>
        <translation>لا يوجد بلد اسمه «%1»</translation>
    </message>
    <message>
        <source>Title (F&amp;rench)</source>
        <translation>العنوان (بال&amp;فرنسية)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Ste&amp;p</source>
        <translation>ال&amp;مرحلة</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>المشارك %1</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>المصدر %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>البلد المضيف</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Start date (Hijri)</source>
        <translation>تاريخ البداية (هجري)</translation>
    </message>
    <message>
        <source>Restore your unsaved draft from %1?</source>
        <translation>هل تريد استعادة مسودتك غير المحفوظة من %1؟</translation>
    </message>
    <message>
        <source>Save the changes you made to this event?</source>
        <translation>هل تريد حفظ التعديلات التي أجريتها على هذا الحدث؟</translation>
    </message>
</context>
<context>
    <name>EventListView</name>
    <message>
        <source>Event list</source>
        <translation>قائمة الأحداث</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>The current view</source>
        <translation>العرض الحالي</translation>
    </message>
    <message>
        <source>The whole filtered period</source>
        <translation>كامل الفترة المصفّاة</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the paper size</comment>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>ال&amp;محتوى:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;حجم الصفحة:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>الاتجا&amp;ه:</translation>
    </message>
    <message>
        <source>PNG &amp;resolution:</source>
        <translation>&amp;دقة PNG:</translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;لغة الوثيقة:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوا&amp;ن:</translation>
    </message>
    <message>
        <source>Handling &amp;marking:</source>
        <translation>د&amp;رجة التداول:</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>ال&amp;جدول:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>المل&amp;ف:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصد&amp;ير</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <source>None (e.g. Restricted)</source>
        <translation>لا شيء (مثلًا: مقيد)</translation>
    </message>
    <message>
        <source>Every event</source>
        <translation>كل الأحداث</translation>
    </message>
    <message>
        <source>Every event, grouped by period above %1</source>
        <translation>كل الأحداث، مجمّعة حسب الفترة إذا تجاوزت %1</translation>
    </message>
    <message>
        <source>Fit on o&amp;ne page</source>
        <translation>في صفحة &amp;واحدة</translation>
    </message>
    <message>
        <source>Pages wi&amp;de:</source>
        <translation>&amp;عدد الصفحات عرضًا:</translation>
    </message>
    <message>
        <source>Counts by year, month or day</source>
        <translation>الأعداد حسب السنة أو الشهر أو اليوم</translation>
    </message>
    <message>
        <source>No table</source>
        <translation>بلا جدول</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>الخط الزمني:</translation>
    </message>
    <message>
        <source>Titles or names printed as stored (no form in this language) in: %1</source>
        <translation>عناوين أو أسماء تُطبع كما حُفظت (لا صيغة لها بهذه اللغة) في: %1</translation>
    </message>
    <message>
        <source>%1 wide will be used: every event shows as well as on %2.</source>
        <translation>ستُستخدم %1 عرضًا فقط: يظهر كل حدث كما في عرض %2.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>جارٍ تصدير %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message>
        <source>New events from text</source>
        <translation>أحداث جديدة من نص</translation>
    </message>
    <message>
        <source>Publication day</source>
        <translation>يوم النشر</translation>
    </message>
    <message>
        <source>Address of the article</source>
        <translation>رابط المقال</translation>
    </message>
    <message>
        <source>https://… (optional, added as the source)</source>
        <translation>https://… (اختياري، يضاف بوصفه المصدر)</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>Paste an article in Arabic, French or English</source>
        <translation>الصق مقالًا بالعربية أو الفرنسية أو الإنجليزية</translation>
    </message>
    <message>
        <source>Proposed events</source>
        <translation>الأحداث المقترحة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>الجملة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Review and confirm…</source>
        <translation>م&amp;راجعة وتأكيد…</translation>
    </message>
    <message>
        <source>&amp;Add the confirmed events</source>
        <translation>&amp;إضافة الأحداث المؤكدة</translation>
    </message>
    <message>
        <source>&amp;Published on</source>
        <translation>&amp;نُشر في</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ال&amp;مصدر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>Confirm the proposed event</source>
        <translation>تأكيد الحدث المقترح</translation>
    </message>
    <message>
        <source>No sentence of this text gives a date.</source>
        <translation>لا توجد في هذا النص جملة تذكر تاريخًا.</translation>
    </message>
    <message>
        <source>%1 proposed, %2 confirmed</source>
        <translation>المقترحة: %1، المؤكدة: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All countries</source>
        <translation>كل البلدان</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>أي شريك</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Swap the two countries (the events stay the same)</source>
        <translation>تبديل البلدين (تبقى الأحداث نفسها)</translation>
    </message>
    <message>
        <source>Swap the countries</source>
        <translation>تبديل البلدين</translation>
    </message>
    <message>
        <source>Kinds of event</source>
        <translation>أنواع الأحداث</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Search titles, people, places, sources</source>
        <translation>البحث في العناوين والأشخاص والأماكن والمصادر</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>no country is called &apos;%1&apos;</source>
        <translation>لا يوجد بلد اسمه «%1»</translation>
    </message>
    <message>
        <source>choose two different countries</source>
        <translation>اختر بلدين مختلفين</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>From (2024, 1446-09-01 AH)</source>
        <translation>من (2024 أو 1446-09-01 هـ)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>%1: %2 — the previous filter stays in force.</source>
        <translation>%1: %2 — تبقى التصفية السابقة سارية.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>%1 kinds</source>
        <translation>الأنواع: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Changes to this event</source>
        <translation>التغييرات على هذا الحدث</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
    <message>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <source>Saved without changes.</source>
        <translation>حُفظ دون تغييرات.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <source>&amp;Import all valid rows</source>
        <translation>ا&amp;ستيراد كل الصفوف الصالحة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Rows read: %1 · kept: %2</source>
        <translation>الصفوف المقروءة: %1، المحتفَظ بها: %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>The preview was cancelled; nothing was imported.</source>
        <translation>أُلغيت المعاينة؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>{rows} rows read: {new} to add, {duplicates} already imported, {rejected} rejected, {skipped} skipped (not for the chosen countries or not diplomatic).</source>
        <translation>الصفوف المقروءة: {rows}؛ للإضافة: {new}؛ مستوردة من قبل: {duplicates}؛ مرفوضة: {rejected}؛ متجاوزة: {skipped} (لا تخص البلدان المختارة أو ليست دبلوماسية).</translation>
    </message>
    <message>
        <source>{rows} rows read: {new} to add, {duplicates} already imported, {rejected} rejected, {skipped} skipped (not diplomatic).</source>
        <translation>الصفوف المقروءة: {rows}؛ للإضافة: {new}؛ مستوردة من قبل: {duplicates}؛ مرفوضة: {rejected}؛ متجاوزة: {skipped} (ليست دبلوماسية).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>الصفوف الأولى</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>صفوف للمراجعة</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>ما يُراجَع</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>The import was cancelled; the database is unchanged.</source>
        <translation>أُلغي الاستيراد؛ لم تتغير قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to another event</source>
        <translation>ربط بحدث آخر</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;ربط</translation>
    </message>
    <message>
        <source>How this event relates to the other</source>
        <translation>علاقة هذا الحدث بالحدث الآخر</translation>
    </message>
    <message>
        <source>The other event</source>
        <translation>الحدث الآخر</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>هذا الحدث</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>ال&amp;علاقة</translation>
    </message>
    <message>
        <source>&amp;Other event</source>
        <translation>ال&amp;حدث الآخر</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>التصفية</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;حدث جديد…</translation>
    </message>
    <message>
        <source>New events from &amp;text…</source>
        <translation>أحداث جديدة من ن&amp;ص…</translation>
    </message>
    <message>
        <source>Open the &amp;sample timeline</source>
        <translation>فتح الخط الزمني ال&amp;نموذجي</translation>
    </message>
    <message>
        <source>&amp;Connect to a team database…</source>
        <translation>الاتصال بقاعدة بيانات ال&amp;فريق…</translation>
    </message>
    <message>
        <source>&amp;Import events…</source>
        <translation>ا&amp;ستيراد أحداث…</translation>
    </message>
    <message>
        <source>Export e&amp;vents…</source>
        <translation>تصدي&amp;ر الأحداث…</translation>
    </message>
    <message>
        <source>&amp;Export the timeline…</source>
        <translation>&amp;تصدير الخط الزمني…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>نسخ &amp;قاعدة البيانات احتياطيًا…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;استعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>تعديل ال&amp;حدث…</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>ح&amp;ذف الحدث</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Fit all events</source>
        <translation>عرض &amp;كل الأحداث</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>ال&amp;انتقال إلى تاريخ…</translation>
    </message>
    <message>
        <source>&amp;Search the events</source>
        <translation>البح&amp;ث في الأحداث</translation>
    </message>
    <message>
        <source>Show &amp;Hijri dates</source>
        <translation>إظهار التواريخ ال&amp;هجرية</translation>
    </message>
    <message>
        <source>Show &amp;details pane</source>
        <translation>إظهار &amp;لوحة التفاصيل</translation>
    </message>
    <message>
        <source>Show &amp;cancelled events</source>
        <translation>إظهار الأحداث المل&amp;غاة</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>ال&amp;مسارات</translation>
    </message>
    <message>
        <source>One &amp;band</source>
        <translation>شريط &amp;واحد</translation>
    </message>
    <message>
        <source>By &amp;kind</source>
        <translation>حسب ال&amp;نوع</translation>
    </message>
    <message>
        <source>By &amp;partner (one country against all)</source>
        <translation>حسب ال&amp;شريك (بلد واحد مقابل الجميع)</translation>
    </message>
    <message>
        <source>&amp;Reset window layout</source>
        <translation>إعادة &amp;ضبط ترتيب النافذة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Lanes by partner need one country: choose it in the filter bar, and no partner</source>
        <translation>تحتاج المسارات حسب الشريك إلى بلد واحد: اختره في حقول التصفية، دون شريك</translation>
    </message>
    <message>
        <source>Server out of reach: others&apos; saves will show once it answers</source>
        <translation>تعذّر الوصول إلى الخادم: سيظهر ما يحفظه الآخرون حين يستجيب من جديد</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <source>Diplomatic Timeline</source>
        <translation>الخط الزمني الدبلوماسي</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>إضافة «%1»</translation>
    </message>
    <message>
        <source>“%1” is saved; the filters in force hide it.</source>
        <translation>حُفظ «%1»، لكن عوامل التصفية الحالية تخفيه.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>تعديل «%1»</translation>
    </message>
    <message>
        <source>“%1” was deleted elsewhere while you edited it. Your version opens as a new event: save it to keep it.</source>
        <translation>حُذف «%1» في مكان آخر بينما كنت تعدّله. تُفتح نسختك حدثًا جديدًا: احفظها لتحتفظ بها.</translation>
    </message>
    <message>
        <source>Restore an earlier version of “%1”</source>
        <translation>استعادة نسخة سابقة من «%1»</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>حذف الحدث</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this with Ctrl+Z.</source>
        <translation>حذف «%1»؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
    <message>
        <source>Only a database file on this computer has backups.</source>
        <translation>النسخ الاحتياطية متاحة فقط لملف قاعدة بيانات على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>استيراد أحداث</translation>
    </message>
    <message>
        <source>Event files (*.csv *.json *.jsonl *.tsv *.txt *.CSV);;All files (*)</source>
        <translation>ملفات الأحداث (*.csv *.json *.jsonl *.tsv *.txt *.CSV);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>تم استيراد %1</translation>
    </message>
    <message>
        <source>Exported to %1: %2</source>
        <translation>تم التصدير إلى %1: %2</translation>
    </message>
    <message>
        <source>Back up a server database with the server&apos;s own tools.</source>
        <translation>انسخ قاعدة بيانات الخادم احتياطيًا بأدوات الخادم نفسه.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>نسخ قاعدة البيانات احتياطيًا</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3)</source>
        <translation>قاعدة بيانات SQLite (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>حُفظت النسخة الاحتياطية في %1</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>الانتقال إلى تاريخ</translation>
    </message>
    <message>
        <source>Date (%1, %2, %3, or Hijri %4 AH):</source>
        <translation>التاريخ (%1 أو %2 أو %3، أو بالهجري %4 هـ):</translation>
    </message>
    <message>
        <source>Sample timeline (not saved)</source>
        <translation>الخط الزمني النموذجي (غير محفوظ)</translation>
    </message>
    <message>
        <source>%1 — Diplomatic Timeline</source>
        <translation>%1 — الخط الزمني الدبلوماسي</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved</source>
        <translation>فُتحت للقراءة فقط: لا يمكن حفظ أي تغيير</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>للقراءة فقط: %1</translation>
    </message>
    <message>
        <source>&amp;Link to another event…</source>
        <translation>&amp;ربط بحدث آخر…</translation>
    </message>
    <message>
        <source>Remove a lin&amp;k…</source>
        <translation>إزالة را&amp;بط…</translation>
    </message>
    <message>
        <source>Start an &amp;agreement thread…</source>
        <translation>بدء مسار اتفا&amp;ق…</translation>
    </message>
    <message>
        <source>Add the agreement’s ne&amp;xt step…</source>
        <translation>إضافة ال&amp;مرحلة التالية للاتفاق…</translation>
    </message>
    <message>
        <source>Link “%1”</source>
        <translation>ربط «%1»</translation>
    </message>
    <message>
        <source>This event has no links.</source>
        <translation>ليس لهذا الحدث روابط.</translation>
    </message>
    <message>
        <source>Remove a link of “%1”</source>
        <translation>إزالة رابط من «%1»</translation>
    </message>
    <message>
        <source>Start the thread of “%1”</source>
        <translation>بدء مسار «%1»</translation>
    </message>
</context>
<context>
    <name>OpenErrorDialog</name>
    <message>
        <source>Diplomatic Timeline</source>
        <translation>الخط الزمني الدبلوماسي</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Open &amp;another…</source>
        <translation>فتح قاعدة &amp;أخرى…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>قاعدة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Open read-&amp;only</source>
        <translation>فتح لل&amp;قراءة فقط</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>إعادة الم&amp;حاولة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Make a new timeline database</source>
        <translation>إنشاء قاعدة بيانات خط زمني جديدة</translation>
    </message>
    <message>
        <source>Open a timeline database</source>
        <translation>فتح قاعدة بيانات خط زمني</translation>
    </message>
    <message>
        <source>Timeline databases (*.sqlite3 *.db)</source>
        <translation>قواعد بيانات الخط الزمني (*.sqlite3 *.db)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Maghreb</source>
        <translation>المغرب العربي</translation>
    </message>
    <message>
        <source>Algeria and Tunisia</source>
        <translation>الجزائر وتونس</translation>
    </message>
    <message>
        <source>Levant and Iraq</source>
        <translation>بلاد الشام والعراق</translation>
    </message>
    <message>
        <source>Egypt and the Gulf</source>
        <translation>مصر والخليج</translation>
    </message>
    <message>
        <source>As the region writes them</source>
        <translation>كما تكتبها المنطقة</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <translation>لاتينية (0123)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية (٠١٢٣)</translation>
    </message>
    <message>
        <source>Show the &amp;Hijri date beside the Gregorian one</source>
        <translation>إظهار التاريخ ال&amp;هجري بجانب التاريخ الميلادي</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;موافق</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Arabic month names</source>
        <translation>أسماء الأشهر بالعربية</translation>
    </message>
    <message>
        <source>Arabic &amp;month names</source>
        <translation>أسماء الأ&amp;شهر بالعربية</translation>
    </message>
    <message>
        <source>Digits in Arabic</source>
        <translation>الأرقام في العربية</translation>
    </message>
    <message>
        <source>&amp;Digits in Arabic</source>
        <translation>الأ&amp;رقام في العربية</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>القرص</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفات من ال&amp;نوع:</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;موافق</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>RejectionModel</name>
    <message>
        <source>Whole row</source>
        <translation>السطر كله</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>النسخ الاحتياطية لـ %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>تاريخ النسخ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;استعادة…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <source>Replace %1 with the backup taken %2 (%3)?</source>
        <translation>استبدال %1 بالنسخة الاحتياطية المأخوذة في %2 (%3)؟</translation>
    </message>
    <message>
        <source>The current file is backed up first.</source>
        <translation>يُنسخ الملف الحالي احتياطيًا أولًا.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>No events in this period</source>
        <translation>لا أحداث في هذه المدة</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>اليوم: %1</translation>
    </message>
    <message>
        <source>Go to the next event (%1)</source>
        <translation>الانتقال إلى الحدث التالي (%1)</translation>
    </message>
    <message>
        <source>Go to the previous event (%1)</source>
        <translation>الانتقال إلى الحدث السابق (%1)</translation>
    </message>
</context>
<context>
    <name>UnlinkDialog</name>
    <message>
        <source>Remove a link</source>
        <translation>إزالة رابط</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>The link to remove</source>
        <translation>الرابط المراد إزالته</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>ال&amp;رابط</translation>
    </message>
</context>
<context>
    <name>ViewsMenu</name>
    <message>
        <source>V&amp;iews</source>
        <translation>&amp;طرق العرض</translation>
    </message>
    <message>
        <source>&amp;Save this view…</source>
        <translation>&amp;حفظ هذا العرض…</translation>
    </message>
    <message>
        <source>&amp;Delete a saved view</source>
        <translation>ح&amp;ذف عرض محفوظ</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>حفظ العرض</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>This timeline is empty</source>
        <translation>هذا الخط الزمني فارغ</translation>
    </message>
    <message>
        <source>Record visits, meetings and agreements between states, or explore the sample timeline of Morocco&apos;s parliamentary diplomacy in 2024–2025.</source>
        <translation>سجِّل الزيارات واللقاءات والاتفاقيات بين الدول، أو استكشف الخط الزمني النموذجي للدبلوماسية البرلمانية المغربية في 2024–2025.</translation>
    </message>
    <message>
        <source>Open the sample timeline</source>
        <translation>فتح الخط الزمني النموذجي</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>إضافة حدث</translation>
    </message>
</context>
</TS>
