# Regelingencheck Heemskerk: العربية (Modern Standard Arabic, simple, addressing the reader as أنت).
# The names of the regelingen and the Dutch terms on the forms stay Dutch (Latin script).
# Western digits only. Put Latin terms in brackets after Arabic text, not the other way round,
# so that the brackets do not flip in right-to-left text.

app-name = Regelingencheck Heemskerk
app-tagline = الجميع يشارك
language-label = اللغة
skip-link = انتقل إلى المحتوى
step-n = السؤال { $n }
page-title = { $step } – Regelingencheck Heemskerk
result-title = النتيجة – Regelingencheck Heemskerk

button-start = ابدأ
button-next = التالي
button-back = السابق
button-show-result = اعرض النتيجة
button-change = تعديل
button-restart = ابدأ من جديد
button-print = طباعة

start-heading = ما المساعدات التي تناسبك؟
start-intro = هل دخلك قليل؟ تساعدك البلدية (gemeente) في Heemskerk، مثلًا في تكاليف المدرسة والرياضة والتأمين الصحي. أجب عن بعض الأسئلة القصيرة. بعد ذلك ترى المساعدات (regelingen) التي يمكنك أن تطلبها.
start-time = يستغرق ذلك 3 دقائق تقريبًا.
start-privacy = تبقى إجاباتك على هذا الجهاز فقط. نحن لا نحفظ شيئًا ولا نرسل شيئًا.
start-norms = نحسب حسب مبالغ المساعدة الاجتماعية (bijstandsnormen) السارية من { $date }. مبلغ المساعدة الاجتماعية هو المبلغ الذي يحصل عليه كل شهر شخص لديه إعانة المساعدة الاجتماعية (bijstandsuitkering).

q-partner = هل تسكن مع زوجك أو زوجتك أو شريك حياتك؟
q-partner-hint = لا يهم إن كنتما متزوجين أم لا.
a-partner-no = لا، أسكن بدون شريك حياة (مع أطفال أو بدون أطفال)
a-partner-yes = نعم، أسكن مع شريك حياتي
q-age = كم عمرك؟
q-partner-age = كم عمر شريك حياتك؟
age-label = العمر بالسنوات
q-aow = هل وصلت إلى سن AOW (سن التقاعد الحكومي)؟
q-partner-aow = هل وصل شريك حياتك إلى سن AOW (سن التقاعد الحكومي)؟
q-aow-hint = معاش AOW هو المعاش التقاعدي من الحكومة. في سنة 2023، سن AOW هو 66 سنة و10 أشهر.
a-yes = نعم
a-no = لا
a-dont-know = لا أعرف
q-children = كم ولدًا لك (أبناء وبنات) يسكن معك في البيت؟
q-children-hint = عُدّ كل أولادك الذين يسكنون معك، وأيضًا من عمره 18 سنة أو أكثر.
children-ages-legend = أعمار الأولاد
child-age-label = الولد { $n }: العمر بالسنوات
q-income = كم هو الدخل الصافي (netto) الذي تحصل عليه أسرتك؟
q-income-hint = الدخل الصافي (netto) هو المال الذي يصل فعلًا إلى حسابك البنكي. هل تسكن مع زوجك أو زوجتك أو شريك حياتك؟ أضِف دخله أيضًا.
income-label = الدخل الصافي باليورو
income-example = مثلًا: 1250 أو 1,250.50
period-legend = كل متى تحصل على هذا المبلغ؟
period-month = شهر
period-four-weeks = 4 أسابيع
period-week = أسبوع
period-year = سنة
period-option-month = كل شهر
period-option-four-weeks = كل 4 أسابيع
period-option-week = كل أسبوع
period-option-year = في السنة، مع بدل العطلة (vakantiegeld)، كما في كشف الدخل السنوي (jaaropgaaf)
income-counts-heading = هذا يُحسب من الدخل:
income-counts-wages = الراتب
income-counts-benefit = الإعانة (uitkering)
income-counts-pension = المعاش التقاعدي ومعاش AOW
income-counts-alimony = النفقة (alimentatie) لك أنت (وليس لأولادك)
income-counts-tax-credit = مال من مصلحة الضرائب (Belastingdienst) لشريك حياتك الذي لا يعمل: الخصم الضريبي (heffingskorting)
income-not-heading = هذا لا يُحسب من الدخل:
income-not-child-benefit = مخصصات الأطفال (kinderbijslag) والمبلغ الإضافي للأطفال (kindgebonden budget)
income-not-toeslagen = البدلات (toeslagen): بدل التأمين الصحي (zorgtoeslag)، وبدل الإيجار (huurtoeslag)، وبدل حضانة الأطفال (kinderopvangtoeslag)
income-not-holiday-pay = بدل العطلة (vakantiegeld): مال إضافي يصل مرة واحدة في السنة، عادةً في أيار (مايو). لكن إذا اخترت «في السنة»، فهو يُحسب.
income-not-children = المال الذي يكسبه أولادك
income-not-energietoeslag = بدل الطاقة (energietoeslag)
q-assets = هل مجموع مالك وأشيائك الثمينة أكثر من { $limit }؟
q-assets-no-limit = هل لديك مال وأشياء ثمينة أكثر من الحد المسموح لأسرتك؟
q-assets-hint = اجمع كل شيء: المال في كل حساباتك البنكية، والمدخرات، والأشياء الغالية التي يمكنك أن تبيعها، مثل سيارة أو ذهب أو مجوهرات. هل تسكن مع زوجك أو زوجتك أو شريك حياتك؟ اجمع أيضًا كل ما يملكه. إذا لم تكن متأكدًا، اختر «لا أعرف».
q-low-income = هل دخلك منخفض منذ 3 سنوات أو أكثر؟
q-low-income-hint = مثلًا: لديك إعانة (uitkering) أو راتب قليل، ولا تتوقع أن يزيد دخلك.
q-student = هل تحصل الآن على تمويل دراسي من DUO (studiefinanciering)؟
q-student-hint = التمويل الدراسي (studiefinanciering) هو مال من DUO لمن يدرس: منحة أو قرض. القرض من DUO يُحسب أيضًا.
q-debt-help = هل تحصل على مساعدة في الديون (schuldhulpverlening أو WSNP) الآن؟
q-debt-help-hint = خدمة schuldhulpverlening هي مساعدة في الديون عن طريق البلدية. أما WSNP فهو نظام لتسوية الديون عن طريق المحكمة.

error-choose = اختر إجابة.
error-age-empty = اكتب العمر.
error-age-not-number = اكتب العمر بالأرقام، مثلًا 34.
error-age-too-high = هذا العمر غير ممكن. اكتب عمرًا من 120 سنة أو أقل.
error-partner-age-under-18 = يجب أن يكون عمر شريك حياتك 18 سنة أو أكثر لبرامج الدعم هذه. هل عمره أقل من 18 سنة؟ اطلب المساعدة من مكتب خدمات البلدية (Serviceplein).
error-age-under-18 = هذه المساعدات للأشخاص الذين عمرهم 18 سنة أو أكثر. هل عمرك أقل من ذلك؟ اطلب المساعدة من Serviceplein (مكتب خدمات البلدية).
error-child-age = اكتب عمر كل طفل بالأرقام، من 0 إلى 120.
error-income-empty = اكتب المبلغ.
error-income-not-a-number = اكتب المبلغ بالأرقام، مثلًا 1250 أو 1,250.50.
error-income-negative = لا يمكن أن يكون الدخل أقل من صفر. اكتب المبلغ بدون إشارة الناقص (-).
error-income-too-many-decimals = اكتب رقمين فقط على الأكثر بعد الفاصلة العشرية، مثلًا 1,250.50.
error-income-ambiguous = يمكن فهم هذا المبلغ بطريقتين. اكتبه هكذا: 1250 أو 1,250.50.
error-income-too-large = هذا المبلغ كبير جدًا. تأكد من المبلغ مرة أخرى.
error-no-norms = ليس لدينا مبالغ المساعدة الاجتماعية (bijstandsnormen) لهذا التاريخ.
panic-message = عذرًا، حدث خطأ في التطبيق. إجاباتك لم تُرسَل إلى أي مكان. أعد تحميل الصفحة.

result-heading = نتيجتك
result-indication = هذه النتيجة ليست قرارًا بعد. البلدية (gemeente) تقرر عندما تقدّم الطلب.
result-income = دخلك { $income } في الشهر. هذا يساوي { $percent } من مبلغ المساعدة الاجتماعية (bijstandsnorm) لأسرتك.
result-norms = تم الحساب حسب مبالغ المساعدة الاجتماعية (bijstandsnormen) السارية من { $date }.
result-sources = المصادر: { $sources }.
result-made-on = تاريخ الإعداد: { $date }.
group-yes = يمكنك طلب هذه المساعدات
group-maybe = قد تناسبك
group-no = لا تناسبك الآن
verdict-yes = نعم
verdict-maybe = ربما
verdict-no = لا
limit-line = الحد هو { $limit } في الشهر بدون بدل العطلة. مع بدل العطلة، الحد هو { $limitIncl }. هذا يساوي { $percentage } من مبلغ المساعدة الاجتماعية.

why-income-within-limit = دخلك { $income } ليس أعلى من الحد ({ $limit }). دخلك مناسب لهذا الدعم.
why-within-margin = دخلك { $income } أعلى من الحد ({ $limit }) بمبلغ { $overBy }. هذا فوق الحد بقليل فقط.
why-income-above-limit = دخلك { $income } أعلى من الحد ({ $limit }) بمبلغ { $overBy }.
why-debt-help-no-income-limit = أنت تحصل على مساعدة في الديون، لذلك لا يوجد حد للدخل لهذه المساعدة.
why-debt-help-unknown = دخلك أعلى من الحد. هل تحصل على مساعدة في الديون (schuldhulpverlening أو WSNP)؟ في هذه الحالة قد يحق لك هذا الدعم رغم ذلك.
why-no-child-in-age-range = { $max ->
    [few] لا يسكن معك طفل عمره من { $min } إلى { $max } سنوات.
   *[other] لا يسكن معك طفل عمره من { $min } إلى { $max } سنة.
  }
why-age-below = { $minAge ->
    [few] عمرك أقل من { $minAge } سنوات.
   *[other] عمرك أقل من { $minAge } سنة.
  }
why-aow-age = لقد وصلت إلى سن AOW (سن التقاعد الحكومي).
why-assets-above-limit = مجموع مدخراتك وممتلكاتك أكثر من { $limit }.
why-assets-unknown = هذا يعتمد على مدخراتك وممتلكاتك. الحد هو { $limit }.
why-student = أنت تحصل الآن على تمويل دراسي من DUO (studiefinanciering).
why-student-unknown = هذا يعتمد على ما إذا كنت تحصل على تمويل دراسي من DUO (studiefinanciering).
why-short-low-income = دخلك منخفض منذ أقل من 3 سنوات.
why-low-income-3-years-unknown = هذا يعتمد على المدة التي كان فيها دخلك منخفضًا.
why-capacity-test-needed = البلدية تفحص أولًا كم تستطيع أن تدفع بنفسك.

regeling-kindpakket = مال لأطفالك الذين عمرهم أقل من 18 سنة: مثلًا لرحلة مدرسية، أو دراجة، أو كمبيوتر، أو دروس موسيقى، أو دروس السباحة (zwemdiploma A)، أو تكاليف المدرسة، أو اشتراكات في النوادي.
regeling-iit = مبلغ كل سنة إذا كان دخلك منخفضًا منذ مدة طويلة.
regeling-czm = تأمين صحي عند شركة التأمين Zilveren Kruis، عن طريق البلدية. تدفع البلدية كل شهر جزءًا من القسط الشهري للتأمين الإضافي (aanvullende verzekering). التأمين الإضافي هو تأمين يُضاف إلى التأمين الأساسي (basisverzekering).
regeling-jfsc = رسوم الاشتراك في نادٍ رياضي، أو دروس موسيقى أو رقص أو فن لطفلك. الصندوق يدفع للنادي مباشرةً، وليس لك.
regeling-maatschappelijke-activiteiten = مساهمة في تكاليفك أنت: مثلًا لنادٍ رياضي، أو المكتبة، أو دورة تعليمية.
regeling-computerregeling = لابتوب أو تابلت أو كمبيوتر لطفلك في المدرسة، إذا كان عمره من 9 إلى 17 سنة. مرة واحدة كل 5 سنوات.
regeling-energietoeslag-2023 = مبلغ 1,300 يورو لسنة 2023 (أولًا 500 يورو، ثم 800 يورو)، بسبب ارتفاع تكاليف الطاقة.
regeling-kwijtschelding = إعفاء من ضريبة النفايات (afvalstoffenheffing) وضريبة الصرف الصحي (rioolheffing)، إذا وافقت البلدية على طلبك. هاتان ضريبتان من ضرائب البلدية، للنفايات والصرف الصحي.
regeling-bijzondere-bijstand = مال لتكاليف إضافية ضرورية حقًا، لا تستطيع أن تدفعها بنفسك، إذا وافقت البلدية على طلبك. قدّم الطلب قبل أن تشتري أي شيء.

help-serviceplein = اذهب إلى مكتب الخدمات (Serviceplein) في مبنى البلدية، أو اتصل بالبلدية.

summary-heading = إجاباتك
summary-partner = شريك الحياة
summary-age = عمرك
summary-partner-age = عمر شريك الحياة
summary-aow = وصلت إلى سن AOW
summary-partner-aow = شريك الحياة وصل إلى سن AOW
summary-children = الأولاد في البيت
summary-children-none = لا يوجد
summary-income = الدخل الصافي
summary-income-value = { $amount } كل { $period }
summary-assets = مدخرات وممتلكات أكثر من الحد
summary-low-income = دخل منخفض منذ 3 سنوات أو أكثر
summary-student = تمويل دراسي (studiefinanciering)
summary-debt-help = مساعدة في الديون
summary-children-ages = { $count ->
    [one] { $count } (العمر: { $ages })
   *[other] { $count } (الأعمار: { $ages })
  }

# بطاقة النتيجة، العرض بلغتين، ما تحضره معك، وضع الوسطاء
doc-digid = DigiD
doc-id = جواز السفر أو بطاقة الهوية أو بطاقة الإقامة
doc-bank-statements = كشوف الحساب البنكي لآخر شهر، مع الرصيد
doc-quote-or-receipt = عرض سعر (offerte) أو إيصال لما تحتاج إليه
bilingual-on = اعرض بالهولندية أيضًا
bilingual-off = اعرض بلغتي فقط
mode-intermediair = وضع الوسطاء
button-next-family = الأسرة التالية
compact-heading = بيانات الأسرة

# النتيجة: أولًا ماذا تفعل، ثم برامج الدعم
result-income-converted = أنت كتبت: { $amount } كل { $period }. هذا يساوي { $perMonth } في الشهر.
result-income-converted-year = أنت كتبت: { $amount } في السنة، مع بدل العطلة (vakantiegeld). هذا يساوي { $perMonth } في الشهر، مع بدل العطلة.
todo-heading = ماذا عليك أن تفعل؟
route-digid-form = املأ استمارة واحدة على موقع heemskerk.nl، مع DigiD.
route-gezondverzekerd = سجّل نفسك على موقع gezondverzekerd.nl.
route-intermediair = اسأل المعلّم أو المرشد المدرسي (intern begeleider)، أو مكتب الخدمات (Serviceplein). هم يقدّمون الطلب لك.
route-automatic-or-digid-form = هل تحصل على المساعدة الاجتماعية (bijstand)؟ إذن تحصل عليه تلقائيًا. وإلا: الاستمارة على موقع heemskerk.nl، مع DigiD.
route-tax-office-form = قدّم الطلب باستمارة الإعفاء من ضرائب البلدية (kwijtschelding).
route-bijzondere-bijstand-form = الاستمارة على موقع heemskerk.nl، باستخدام DigiD. قدّم الطلب قبل أن تشتري أي شيء.
route-documents = جهّز هذه الأشياء:
help-heading = هل تحتاج إلى مساعدة، أو ليس لديك DigiD؟
help-phone = اتصل بالرقم { $phone }
distance-below = أقل من الحد بمبلغ { $amount }
distance-at-limit = على الحد تمامًا
distance-within-margin = أعلى من الحد بمبلغ { $amount }، لكن ضمن الهامش المسموح به
distance-above = أعلى من الحد بمبلغ { $amount }
distance-no-limit = لا يوجد حد للدخل، لأنك تحصل على مساعدة في الديون
apply-anyway = قدّم الطلب رغم ذلك. البلدية هي التي تقرر.
more-details = مزيد من الشرح
group-no-show = اعرض برامج الدعم هذه
children-none = برامج الدعم للأطفال: لا يسكن معك أي ولد عمره أقل من 18 سنة.
short-kindpakket = مال للمدرسة والرياضة والنزهات لأطفالك.
short-iit = مبلغ كل سنة إذا كان دخلك قليلًا منذ مدة طويلة.
short-czm = تأمين صحي تدفع البلدية جزءًا منه.
short-jfsc = يدفع الصندوق للنادي الرياضي أو للدروس لطفلك.
short-maatschappelijke-activiteiten = مال لك أنت: نادٍ رياضي، أو المكتبة، أو دورة تعليمية.
short-computerregeling = لابتوب أو تابلت أو كمبيوتر لولدك الذي يذهب إلى المدرسة.
short-energietoeslag-2023 = مال لتكاليف الطاقة المرتفعة في سنة 2023.
short-kwijtschelding = إعفاء من ضريبة النفايات وضريبة الصرف الصحي، إذا وافقت البلدية على طلبك.
short-bijzondere-bijstand = مال لتكاليف إضافية ضرورية حقًا، إذا وافقت البلدية على طلبك.
confirm-wipe = هل تريد أن تمسح كل الإجابات؟
button-wipe = نعم، امسح كل شيء
button-keep = لا، ارجع

# الطباعة
amounts-from = المبالغ السارية من { $date }

# وضع الوسطاء
error-summary-heading = هذه الأسئلة ما زالت تحتاج إلى إجابة
not-needed = غير ضروري لهذه الأسرة
hint-toggle = توضيح
overview-heading = نظرة عامة
column-regeling = برنامج الدعم
column-verdict = النتيجة
column-reason = السبب الأهم
column-apply = طريقة تقديم الطلب
apply-jfsc-intermediair = سجّل الطفل على موقع jeugdfondssportencultuur.nl، بحسابك كوسيط (intermediair). الصندوق لا يطلب أوراق إثبات: أنت تقدّر الدخل بنفسك.
route-short-digid-form = استمارة على heemskerk.nl، باستخدام DigiD
route-short-gezondverzekerd = التسجيل على gezondverzekerd.nl
route-short-intermediair = عن طريق وسيط (intermediair)
route-short-automatic-or-digid-form = تلقائي لمن يحصل على المساعدة الاجتماعية (bijstand)، وإلا فاستمارة باستخدام DigiD
route-short-tax-office-form = استمارة الإعفاء (kwijtschelding)
route-short-bijzondere-bijstand-form = استمارة المساعدة الاجتماعية الخاصة (bijzondere bijstand)، باستخدام DigiD
