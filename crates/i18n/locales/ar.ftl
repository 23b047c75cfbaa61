# دراماتيس: كل كلمة في الأداة يراها القارئ أو يسمعها، بالعربية. المرجع هو الملف الإنجليزي
# (en.ftl): في كل لغة أخرى رسائله كلها بالعناصر النائبة نفسها، وإلا توقّف البناء
# (crates/i18n/build.rs). الرسائل التي يبدأ معرّفها باسم عائلة (actor-kind- وrelation-kind-
# وrelation- وcameo-) تُستدعى حسب النوع أو الرمز.
#
# العناصر النائبة: { $name } نص (اسم أو عنوان أو جملة)؛ و{ $count } الذي تختار الرسالة
# صيغتها بحسبه عدد، وصيغه هي فئات الجمع في اللغة (CLDR للعربية: zero وone وtwo وfew
# وmany وother). الأرقام تُدرج بالأرقام الغربية، والأسماء تعزلها الأداة بنفسها.

## إطار الأداة

kicker = من قال ماذا
map-region = خريطة الأطراف
details-region = التفاصيل والتصريحات
show-everyone = عرض الجميع
show-everything = عرض الكل
show-less = عرض أقل

## لوحة التفاصيل

details-region-label = التفاصيل
details-hint = اضغط على أحد الأطراف أو على خط في الخريطة لتعرف من هو، وبمن يرتبط، وماذا يقول المقال.
speaks-for-label = نيابةً عن
relations-label = العلاقات
actor-counts =
    { $relations ->
        [zero] لا علاقات
        [one] علاقة واحدة
        [two] علاقتان
        [few] { $relations } علاقات
        [many] { $relations } علاقة
       *[other] { $relations } علاقة
    } · { $by ->
        [zero] لا تصريحات له
        [one] تصريح واحد له
        [two] تصريحان له
        [few] { $by } تصريحات له
        [many] { $by } تصريحًا له
       *[other] { $by } تصريح له
    } · تصريحات عنه: { $about }
relation-and = و
relation-evidence-heading = ما يقوله المقال
show-in-article = عرض في المقال
evidence-event = { $summary } ({ $act })
evidence-quoted = { $speaker }، اقتباس حرفي: { $text }
evidence-reported = { $speaker }، كلام منقول بتصرف: { $text }
added-context = سياق مضاف
added-context-title = لم يرد في المقال، بل أضافه المحررون

## التصريحات

statements-region = التصريحات
statements-heading = من قال ماذا
statements-count =
    { $shown } من أصل { $total ->
        [zero] { $total } تصريح
        [one] تصريح واحد
        [two] تصريحين
        [few] { $total } تصريحات
        [many] { $total } تصريحًا
       *[other] { $total } تصريح
    }
statements-filter = عرض التصريحات
filter-all = الكل
filter-quoted = اقتباس حرفي
filter-reported = نقل بتصرف
no-statements-match = لا توجد تصريحات مطابقة.
no-statements = لا توجد تصريحات
row-position = { $at } من { $total }
row-previous = التصريح السابق
row-next = التصريح التالي
card-quoted = اقتباس حرفي
card-reported = كلام منقول بتصرف، ليس اقتباسًا حرفيًا
quote-break = حُذف ما بين المقطعين من كلام المقال
in-context = في السياق
copy = نسخ
copied = تم النسخ
copy-failed = تعذّر النسخ
copied-announcement = تم النسخ.
copy-failed-announcement = تعذّر النسخ.
share = مشاركة
context-missing = لا ترد هذه الجملة، كما هي في القصة، في المقال المنشور على هذه الصفحة (ربما عُدِّل المقال). نصّها في القصة:

## المقال

article-region = المقال
article-heading = المقال
article-help = المقاطع المميَّزة هي الشواهد التي تستند إليها الخريطة والتصريحات. اختر أحدها لترى ما يدعمه.

## الخريطة ومفتاحها والخريطة بصيغة نصية

map-label = خريطة الأطراف. استخدم السهمين الأيمن والأيسر للتنقل بين الأطراف، والسهمين الأعلى والأسفل للانتقال بين الصفوف، ومفتاح Enter للاختيار.
zoom-group = تكبير الخريطة وتحريكها
zoom-in = تكبير
zoom-out = تصغير
zoom-fit = الخريطة كاملة
pan-left = تحريك يسارًا
pan-up = تحريك لأعلى
pan-down = تحريك لأسفل
pan-right = تحريك يمينًا
legend = مفتاح الخريطة
legend-lines = الخطوط
legend-actors = الأطراف
legend-directed = { $kind } (السهم: من الطرف الفاعل إلى الطرف المقصود)
legend-speaks-for = الحديث نيابةً عن طرف
legend-size = العلامات الأكبر لأطراف يذكرها المقال أكثر من غيرها.
map-as-text = الخريطة بصيغة نصية
actors-count =
    { $count ->
        [zero] لا أطراف
        [one] طرف واحد
        [two] طرفان
        [few] { $count } أطراف
        [many] { $count } طرفًا
       *[other] { $count } طرف
    }
relations-count =
    { $count ->
        [zero] لا علاقات
        [one] علاقة واحدة
        [two] علاقتان
        [few] { $count } علاقات
        [many] { $count } علاقة
       *[other] { $count } علاقة
    }

## جمل تُبنى من البيانات (الخريطة بصيغة نصية، وأسماء الأطراف لقارئات الشاشة)

list-separator = {"، "}
identity-speaks-for = نيابةً عن { $name }
actor-no-relations = لا علاقات في هذه القصة
actor-relations =
    { $count ->
        [zero] لا علاقات
        [one] علاقة واحدة
        [two] علاقتان
        [few] { $count } علاقات
        [many] { $count } علاقة
       *[other] { $count } علاقة
    }: { $list }
actor-statements =
    { $by ->
        [zero] لا تصريحات له
        [one] تصريح واحد له
        [two] تصريحان له
        [few] { $by } تصريحات له
        [many] { $by } تصريحًا له
       *[other] { $by } تصريح له
    }، وتصريحات عنه: { $about }.
relation-from = { $kind } من { $name }
speaker-speaks-for = (نيابةً عن { $name })
speaker-as = الاسم في المقال: «{ $name }»
citation-reported = { $text } (كلام منقول بتصرف، ليس اقتباسًا حرفيًا)
citation-in = في «{ $title }»

## ما تسمعه قارئات الشاشة عند تغيّر الاختيار

statements-shown =
    { $count ->
        [zero] لا تصريحات معروضة
        [one] تصريح واحد معروض
        [two] تصريحان معروضان
        [few] { $count } تصريحات معروضة
        [many] { $count } تصريحًا معروضًا
       *[other] { $count } تصريح معروض
    }
announce-everyone = تُعرض الأطراف كلها. { $statements }.
announce-actor = تم اختيار { $name }. { $statements }.
announce-relation = تم اختيار العلاقة: { $sentence } { $statements }.
announce-quote = تم اختيار تصريح صادر عن { $name }.

## حين يتعذّر عرض القصة

loading = جارٍ تحميل القصة…
builtin-broken = القصة المدمجة تالفة
not-loaded = تعذّر تحميل القصة
no-answer = لم يصل ردّ من { $url } خلال المهلة المحدّدة (بالثواني: { $seconds })
network-failed = فشل طلب الشبكة إلى { $url } ({ $reason })
server-answered = ردّ الخادم على طلب { $url } بالرمز { $status }
too-large = القصة أكبر من الحجم المسموح به
too-large-detail = حجمها بالبايت: { $bytes }؛ والحد الأقصى لما تقرؤه الأداة بالبايت: { $limit }
not-text = بيانات هذه القصة ليست نصًّا
not-utf8 = محتوى { $url } ليس بترميز UTF-8 صالح
checker-failed = تعذّر تشغيل مدقّق القصة
story-problems =
    { $count ->
        [zero] لا مشكلات في بيانات هذه القصة
        [one] في بيانات هذه القصة مشكلة واحدة
        [two] في بيانات هذه القصة مشكلتان
        [few] في بيانات هذه القصة { $count } مشكلات
        [many] في بيانات هذه القصة { $count } مشكلة
       *[other] في بيانات هذه القصة { $count } مشكلة
    }
problem-line = السطر { $line }
problem-line-path = السطر { $line }، { $path }
problem-document = المستند
more-problems = …ومشكلات أخرى عددها { $count }.
apology = عذرًا، توقفت هذه القصة التفاعلية عن العمل. أعد تحميل الصفحة للمحاولة مجددًا.

## أنواع الأطراف والعلاقات

actor-kind-state = دولة
actor-kind-government = حكومة
actor-kind-person = شخص
actor-kind-organization = منظمة
actor-kind-alliance = تحالف
actor-kind-collective = طرف جماعي

actor-phrase-state = دولة
actor-phrase-government = حكومة
actor-phrase-person = شخص
actor-phrase-organization = منظمة
actor-phrase-alliance = تحالف
actor-phrase-collective = طرف جماعي

relation-kind-conflict = نزاع
relation-kind-negotiation = محادثات
relation-kind-mediation = وساطة
relation-kind-alliance = تحالف
relation-kind-membership = عضوية
relation-kind-support = دعم
relation-kind-economic = روابط اقتصادية
relation-kind-accusation = اتهام
relation-kind-criticism = انتقاد
relation-kind-appeal = مناشدة
relation-kind-invitation = دعوة
relation-kind-rejection = رفض

## العلاقات في كلمات: من طرف إلى آخر، وكما تبدو من جهة المصدر

relation-conflict = { $source } في نزاع مع { $target }.
relation-negotiation = { $source } في محادثات مع { $target }.
relation-mediation = { $source } في وساطة مع { $target }.
relation-alliance = { $source } في تحالف مع { $target }.
relation-membership = { $source } عضو في { $target }.
relation-support = دعم مقدَّم من { $source } إلى { $target }.
relation-economic = بين { $source } و{ $target } روابط اقتصادية.
relation-economic-directed = { $source } في تبادل تجاري مع { $target }.
relation-accusation = اتهام موجَّه من { $source } إلى { $target }.
relation-criticism = انتقاد موجَّه من { $source } إلى { $target }.
relation-appeal = مناشدة موجَّهة من { $source } إلى { $target }.
relation-invitation = دعوة موجَّهة من { $source } إلى { $target }.
relation-rejection = رفض موجَّه من { $source } إلى { $target }.
relation-with-conflict = في نزاع مع { $other }
relation-with-negotiation = في محادثات مع { $other }
relation-with-mediation = في وساطة مع { $other }
relation-with-alliance = في تحالف مع { $other }
relation-with-membership = عضو في { $other }
relation-with-support = دعم مقدَّم إلى { $other }
relation-with-economic = روابط اقتصادية مع { $other }
relation-with-economic-directed = في تبادل تجاري مع { $other }
relation-with-accusation = اتهام موجَّه إلى { $other }
relation-with-criticism = انتقاد موجَّه إلى { $other }
relation-with-appeal = مناشدة موجَّهة إلى { $other }
relation-with-invitation = دعوة موجَّهة إلى { $other }
relation-with-rejection = رفض موجَّه إلى { $other }

## أفعال دليل CAMEO (الإصدار 1.1b3)، حسب الرمز

cameo-01 = تصريح علني
cameo-010 = تصريح
cameo-011 = امتناع عن التعليق
cameo-012 = تعليق متشائم
cameo-013 = تعليق متفائل
cameo-014 = دراسة خيار سياسي
cameo-015 = إقرار بالمسؤولية أو تبنّيها
cameo-016 = نفي المسؤولية
cameo-017 = خطوة رمزية
cameo-018 = تعليق متعاطف
cameo-019 = إبداء التوافق
cameo-02 = مناشدة
cameo-020 = مناشدة أو طلب
cameo-021 = مناشدة للتعاون المادي
cameo-022 = مناشدة للتعاون الدبلوماسي
cameo-023 = مناشدة لتقديم المساعدة
cameo-024 = مناشدة لإجراء إصلاح سياسي
cameo-025 = مناشدة للتنازل
cameo-026 = مناشدة أطراف أخرى للاجتماع أو التفاوض
cameo-027 = مناشدة أطراف أخرى لتسوية الخلاف
cameo-028 = مناشدة أطراف أخرى للدخول في وساطة أو قبولها
cameo-03 = إبداء الاستعداد للتعاون
cameo-030 = إبداء الاستعداد للتعاون
cameo-031 = إبداء الاستعداد للتعاون المادي
cameo-032 = إبداء الاستعداد للتعاون الدبلوماسي
cameo-033 = إبداء الاستعداد لتقديم مساعدات مادية
cameo-034 = إبداء الاستعداد لإجراء إصلاح سياسي
cameo-035 = إبداء الاستعداد للتنازل
cameo-036 = إبداء الاستعداد للاجتماع أو التفاوض
cameo-037 = إبداء الاستعداد لتسوية الخلاف
cameo-038 = إبداء الاستعداد لقبول الوساطة
cameo-039 = إبداء الاستعداد للتوسط
cameo-04 = تشاور
cameo-040 = تشاور
cameo-041 = اتصال هاتفي
cameo-042 = زيارة
cameo-043 = استضافة زيارة
cameo-044 = لقاء في مكان ثالث
cameo-045 = وساطة
cameo-046 = خوض مفاوضات
cameo-05 = تعاون دبلوماسي
cameo-050 = تعاون دبلوماسي
cameo-051 = إشادة أو تأييد
cameo-052 = دفاع لفظي
cameo-053 = حشد الدعم لصالح طرف
cameo-054 = منح اعتراف دبلوماسي
cameo-055 = اعتذار
cameo-056 = صفح
cameo-057 = توقيع اتفاق رسمي
cameo-06 = تعاون مادي
cameo-060 = تعاون مادي
cameo-061 = تعاون اقتصادي
cameo-062 = تعاون عسكري
cameo-063 = تعاون قضائي
cameo-064 = تبادل معلومات استخباراتية أو غيرها
cameo-07 = تقديم مساعدات
cameo-070 = تقديم مساعدات
cameo-071 = تقديم مساعدات اقتصادية
cameo-072 = تقديم مساعدات عسكرية
cameo-073 = تقديم مساعدات إنسانية
cameo-074 = توفير حماية عسكرية أو حفظ السلام
cameo-075 = منح اللجوء
cameo-08 = تنازل
cameo-080 = تنازل
cameo-081 = تخفيف العقوبات الإدارية
cameo-082 = تخفيف حدة المعارضة السياسية
cameo-083 = الاستجابة لمطالب الإصلاح السياسي
cameo-084 = إعادة أو إفراج
cameo-085 = تخفيف العقوبات الاقتصادية أو المقاطعة أو الحظر
cameo-086 = السماح بدور دولي
cameo-087 = خفض التصعيد العسكري
cameo-09 = تحقيق
cameo-090 = تحقيق
cameo-091 = تحقيق في جرائم أو فساد
cameo-092 = تحقيق في انتهاكات حقوق الإنسان
cameo-093 = تحقيق في عمل عسكري
cameo-094 = تحقيق في جرائم حرب
cameo-10 = مطالبة
cameo-100 = مطالبة
cameo-101 = مطالبة بتعاون مادي
cameo-102 = مطالبة بتعاون دبلوماسي
cameo-103 = مطالبة بمساعدات مادية
cameo-104 = مطالبة بإصلاح سياسي
cameo-105 = مطالبة الطرف الآخر بالتنازل
cameo-106 = مطالبة باجتماع أو تفاوض
cameo-107 = مطالبة بتسوية الخلاف
cameo-108 = مطالبة بوساطة
cameo-11 = اعتراض
cameo-110 = اعتراض
cameo-111 = انتقاد أو تنديد
cameo-112 = اتهام
cameo-113 = حشد المعارضة ضد طرف
cameo-114 = تقديم شكوى رسمية
cameo-115 = رفع دعوى قضائية
cameo-116 = إدانة أو تحميل المسؤولية قانونيًا
cameo-12 = رفض
cameo-120 = رفض
cameo-121 = رفض التعاون المادي
cameo-122 = رفض طلب مساعدات مادية أو المطالبة بها
cameo-123 = رفض طلب إصلاح سياسي أو المطالبة به
cameo-124 = رفض التنازل
cameo-125 = رفض اقتراح الاجتماع أو التباحث أو التفاوض
cameo-126 = رفض الوساطة
cameo-127 = رفض خطة أو اتفاق لتسوية الخلاف
cameo-128 = تحدّي الأعراف أو القانون
cameo-129 = استخدام حق النقض
cameo-13 = تهديد
cameo-130 = تهديد
cameo-131 = تهديد بغير استخدام القوة
cameo-132 = تهديد بعقوبات إدارية
cameo-133 = تهديد بالمعارضة السياسية أو الاحتجاج
cameo-134 = تهديد بوقف المفاوضات
cameo-135 = تهديد بوقف الوساطة
cameo-136 = تهديد بوقف الدور الدولي
cameo-137 = تهديد بالقمع
cameo-138 = تهديد باستخدام القوة العسكرية
cameo-139 = توجيه إنذار نهائي
cameo-14 = احتجاج
cameo-140 = معارضة سياسية
cameo-141 = تظاهر أو تجمّع
cameo-142 = إضراب عن الطعام
cameo-143 = إضراب أو مقاطعة
cameo-144 = قطع الطريق أو عرقلة المرور
cameo-145 = احتجاج عنيف أو أعمال شغب
cameo-15 = استعراض القوة
cameo-150 = استعراض القوة العسكرية أو قوة الشرطة
cameo-151 = رفع حالة التأهب لدى الشرطة
cameo-152 = رفع حالة التأهب العسكري
cameo-153 = حشد قوات الشرطة أو تعزيزها
cameo-154 = حشد القوات المسلحة أو تعزيزها
cameo-16 = تقليص العلاقات
cameo-160 = تقليص العلاقات
cameo-161 = تقليص العلاقات الدبلوماسية أو قطعها
cameo-162 = تقليص المساعدات المادية أو وقفها
cameo-163 = فرض حظر أو مقاطعة أو عقوبات
cameo-164 = وقف المفاوضات
cameo-165 = وقف الوساطة
cameo-166 = طرد أو انسحاب
cameo-17 = إكراه
cameo-170 = إكراه
cameo-171 = مصادرة ممتلكات أو إتلافها
cameo-172 = فرض عقوبات إدارية
cameo-173 = اعتقال أو احتجاز أو توجيه تهم قضائية
cameo-174 = طرد أفراد أو ترحيلهم
cameo-175 = استخدام أساليب القمع العنيف
cameo-18 = اعتداء
cameo-180 = استخدام عنف غير تقليدي
cameo-181 = خطف أشخاص أو وسائل نقل أو احتجاز رهائن
cameo-182 = اعتداء جسدي
cameo-183 = تفجير انتحاري أو بسيارة مفخخة أو تفجير آخر غير عسكري
cameo-184 = استخدام دروع بشرية
cameo-185 = محاولة اغتيال
cameo-186 = اغتيال
cameo-19 = قتال
cameo-190 = استخدام القوة العسكرية التقليدية
cameo-191 = فرض حصار أو تقييد الحركة
cameo-192 = احتلال أراضٍ
cameo-193 = قتال بالأسلحة الصغيرة والخفيفة
cameo-194 = قتال بالمدفعية والدبابات
cameo-195 = استخدام أسلحة جوية
cameo-196 = خرق وقف إطلاق النار
cameo-20 = استخدام عنف جماعي غير تقليدي
cameo-200 = استخدام عنف جماعي غير تقليدي
cameo-201 = تهجير جماعي
cameo-202 = قتل جماعي
cameo-203 = تطهير عرقي
cameo-204 = استخدام أسلحة الدمار الشامل
