# Regelingencheck Heemskerk: العربية (Modern Standard Arabic, kept very simple, for Syrian and Iraqi
# readers with low literacy; the reader is addressed as أنت). Short sentences, one idea each.
# The names of the regelingen stay Dutch (they are in the code). Dutch words that readers meet on
# letters and forms stay in brackets AFTER the Arabic word, never before it. Western digits only.
# Amounts, dates, percentages and ages come from the code as variables ("€ 1,290", "1 تموز (يوليو) 2023"),
# each in a left-to-right isolate. Examples of typed amounts in messages: 1250 or 1,250.50.
#
# Glossary: one term per concept, used in every message.
# برنامج الدعم، برامج الدعم؛ وباختصار: الدعم (regeling, regelingen)
# مساعدة: فقط للمساعدة في شيء (المساعدة في الديون، اطلب المساعدة). ليست اسمًا لبرامج الدعم.
# البلدية (gemeente)؛ مبنى البلدية (gemeentehuis)
# مكتب الخدمات (Serviceplein): في مبنى البلدية
# قدّم الطلب (aanvragen)؛ الاستمارة (formulier)؛ النتيجة: ما يحسبه التطبيق، وهي ليست قرار البلدية
# المساعدة الاجتماعية (bijstand)؛ مبلغ المساعدة الاجتماعية (bijstandsnorm): ما تأخذه أسرة مثل أسرتك من المساعدة الاجتماعية
# الحد (inkomensgrens): أعلى دخل مسموح لبرنامج الدعم؛ فوق الحد بقليل (marge)
# المساعدة الاجتماعية الخاصة (bijzondere bijstand)
# الإعانة (uitkering): مال يصل كل شهر من الحكومة أو البلدية، مثل المساعدة الاجتماعية (bijstand) أو إعانة البطالة (WW)
# الدخل الصافي (netto): ما يصل فعلًا إلى حسابك البنكي من الراتب أو الإعانة أو المعاش التقاعدي
# البدلات (toeslagen): بدل التأمين الصحي (zorgtoeslag)، بدل الإيجار (huurtoeslag)، بدل حضانة الأطفال (kinderopvangtoeslag)
# مخصصات الأطفال (kinderbijslag)؛ المبلغ الإضافي للأطفال (kindgebonden budget)
# التمويل الدراسي من DUO (studiefinanciering): منحة أو قرض من DUO
# بدل العطلة (vakantiegeld أو vakantietoeslag): مال إضافي مرة في السنة، عادةً في أيار (مايو)
# مالك وأشياؤك الثمينة (vermogen)؛ الأسرة (huishouden)
# معاش التقاعد من الحكومة (AOW)؛ سن التقاعد (AOW)
# المساعدة في الديون (schuldhulpverlening)؛ تسوية الديون عن طريق المحكمة (WSNP)
# ضريبة النفايات (afvalstoffenheffing) وضريبة الصرف الصحي (rioolheffing): ضريبتان للبلدية
# الإعفاء (kwijtschelding): لا تدفع هاتين الضريبتين، فقط إذا وافقت البلدية
# المبلغ الشهري (القسط) للتأمين (premie)
# الوسيط، الوسطاء (intermediair): المعلّم، المرشد المدرسي، مكتب الخدمات
# DigiD: يبقى DigiD (رمز الدخول إلى مواقع الحكومة)
# ولد، أولاد (kind, kinderen): أبناء وبنات من كل الأعمار. «الأطفال» فقط في الأسماء الثابتة:
#   مخصصات الأطفال، المبلغ الإضافي للأطفال، بدل حضانة الأطفال
# زوجك أو زوجتك أو شريك حياتك (partner)؛ في العناوين: الزوج أو الزوجة أو شريك الحياة

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

start-heading = ما برامج الدعم التي تناسبك؟
start-intro = هل دخلك قليل؟ يمكن أن تساعدك البلدية (gemeente) في Heemskerk. مثلًا في تكاليف المدرسة والرياضة والتأمين الصحي. أجب عن بعض الأسئلة القصيرة. بعدها ترى برامج الدعم (regelingen) التي يمكنك أن تطلبها.
start-time = يستغرق ذلك 3 دقائق تقريبًا.
start-privacy = تبقى إجاباتك على هذا الجهاز فقط. نحن لا نرسلها إلى أي مكان.
start-norms = نستخدم في الحساب مبالغ المساعدة الاجتماعية (bijstandsnormen) السارية من { $date }.

q-partner = هل تسكن مع زوجك أو زوجتك أو شريك حياتك؟
q-partner-hint = هذا يشمل المتزوجين وغير المتزوجين.
a-partner-no = لا، أسكن بدون زوج أو زوجة أو شريك حياة (مع أولاد أو بدون أولاد)
a-partner-yes = نعم، أسكن مع زوجي أو زوجتي أو شريك حياتي
q-age = كم عمرك؟
q-partner-age = كم عمر زوجك أو زوجتك أو شريك حياتك؟
age-label = العمر بالسنوات
q-aow = هل عمرك { $age } أو أكثر؟
q-partner-aow = هل عمر زوجك أو زوجتك أو شريك حياتك { $age } أو أكثر؟
q-aow-hint = من هذا العمر يحصل الشخص على معاش التقاعد من الحكومة (AOW).
aow-age = { $months ->
    [0] { $years } سنة
    [one] { $years } سنة وشهر واحد
    [two] { $years } سنة وشهران
    [few] { $years } سنة و{ $months } أشهر
   *[other] { $years } سنة و{ $months } شهرًا
  }
a-yes = نعم
a-no = لا
a-dont-know = لا أعرف
q-children = كم ولدًا لك (أبناء وبنات) يسكن معك في البيت؟
q-children-hint = عُدّ كل أولادك الذين يسكنون معك. عُدّ أيضًا الأولاد الذين عمرهم 18 سنة أو أكثر.
children-ages-legend = أعمار الأولاد
child-age-label = الولد { $n }: العمر بالسنوات
q-income = كم دخلك الصافي (netto)؟
q-income-hint = الدخل الصافي (netto) هو ما يصل فعلًا إلى حسابك البنكي من الراتب أو الإعانة (uitkering) أو المعاش التقاعدي. هل تسكن مع زوجك أو زوجتك أو شريك حياتك؟ أضِف دخله أو دخلها أيضًا.
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
income-counts-benefit = الإعانة (uitkering)، مثل المساعدة الاجتماعية (bijstand) أو إعانة البطالة (WW)
income-counts-pension = المعاش التقاعدي، ومعاش التقاعد من الحكومة (AOW)
income-counts-alimony = النفقة (alimentatie) التي تحصل عليها لنفسك فقط
income-counts-tax-credit = مال من مصلحة الضرائب (Belastingdienst) لزوجك أو زوجتك أو شريك حياتك الذي لا يعمل (heffingskorting)
income-not-heading = هذا لا يُحسب من الدخل:
income-not-child-benefit = مخصصات الأطفال (kinderbijslag)، والمبلغ الإضافي للأطفال (kindgebonden budget)
income-not-toeslagen = البدلات (toeslagen): بدل التأمين الصحي (zorgtoeslag)، وبدل الإيجار (huurtoeslag)، وبدل حضانة الأطفال (kinderopvangtoeslag)
income-not-holiday-pay = بدل العطلة (vakantiegeld أو vakantietoeslag): مال إضافي يصل مرة واحدة في السنة، عادةً في أيار (مايو). هل اخترت «في السنة»؟ عندها أضِف بدل العطلة إلى المبلغ.
income-not-children = المال الذي يكسبه أولادك
income-not-energietoeslag = بدل الطاقة (energietoeslag)
q-assets = هل مجموع مالك وأشيائك الثمينة أكثر من { $limit }؟
q-assets-no-limit = هل مجموع مالك وأشيائك الثمينة أكثر من الحد المسموح لأسرتك؟
q-assets-hint = اجمع كل شيء: المال في كل حساباتك البنكية، والمدخرات، والأشياء الثمينة التي يمكنك أن تبيعها، مثل سيارة أو ذهب أو مجوهرات. هل تسكن مع زوجك أو زوجتك أو شريك حياتك؟ اجمع أيضًا كل ما يملكه أو تملكه. إذا لم تكن متأكدًا، اختر «لا أعرف».
q-low-income = هل دخلك منخفض منذ { $years ->
    [few] { $years } سنوات
   *[other] { $years } سنة
  } أو أكثر؟
q-low-income-hint = مثلًا: لديك منذ { $years ->
    [few] { $years } سنوات
   *[other] { $years } سنة
  } إعانة (uitkering) أو راتب قليل. وتتوقع أن يبقى دخلك منخفضًا في الفترة القادمة.
q-student = هل تحصل الآن على تمويل دراسي من DUO (studiefinanciering)؟
q-student-hint = التمويل الدراسي (studiefinanciering) هو مال من DUO لمن يدرس: منحة أو قرض. القرض من DUO يُحسب أيضًا.
q-debt-help = هل تحصل الآن على مساعدة في الديون (schuldhulpverlening أو WSNP)؟
q-debt-help-hint = المساعدة في الديون (schuldhulpverlening) تكون عن طريق البلدية. تسوية الديون (WSNP) تكون عن طريق المحكمة.

error-choose = اختر إجابة.
error-age-empty = اكتب العمر.
error-age-not-number = اكتب العمر بالأرقام، مثلًا 34.
error-age-too-high = هذا العمر غير ممكن. اكتب عمرًا من 120 سنة أو أقل.
error-partner-age-under-18 = لبرامج الدعم هذه، يجب أن يكون عمر زوجك أو زوجتك أو شريك حياتك 18 سنة أو أكثر. هل عمره أو عمرها أقل من 18 سنة؟ اطلب المساعدة من مكتب الخدمات (Serviceplein).
error-age-under-18 = برامج الدعم هذه للأشخاص الذين عمرهم 18 سنة أو أكثر. هل عمرك أقل من 18 سنة؟ اطلب المساعدة من مكتب الخدمات (Serviceplein).
error-child-age = اكتب عمر كل ولد بالأرقام، مثلًا 7. هل عمر أحد الأولاد أقل من سنة واحدة؟ اكتب 0.
error-income-empty = اكتب المبلغ.
error-income-not-a-number = اكتب المبلغ بالأرقام، مثلًا 1250 أو 1,250.50.
error-income-negative = اكتب المبلغ بدون إشارة الناقص (-)، مثلًا 1250.
error-income-too-many-decimals = بعد النقطة أو الفاصلة، اكتب رقمًا واحدًا أو رقمين فقط. مثلًا: 1250.50
error-income-ambiguous = يمكن فهم هذا المبلغ بطريقتين. اكتبه هكذا: 1250 أو 1,250.50.
error-income-too-large = هذا المبلغ كبير جدًا. تأكد من المبلغ مرة أخرى.
panic-message = عذرًا، حدث خطأ في التطبيق. إجاباتك لم تُرسَل إلى أي مكان. أعد تحميل الصفحة.

result-heading = نتيجتك
result-indication = هذه النتيجة تقدير فقط. البلدية تقرر بعد أن تقدّم الطلب.
result-income = دخلك { $income } في الشهر. هذا يساوي { $percent } من مبلغ المساعدة الاجتماعية لأسرتك.
result-norms = نستخدم في الحساب مبالغ المساعدة الاجتماعية (bijstandsnormen) السارية من { $date }.
result-sources = المصادر: { $sources }.
result-made-on = تاريخ الإعداد: { $date }.
group-yes = يمكنك طلب هذا الدعم
group-maybe = قد تناسبك
group-no = لا تناسبك الآن
verdict-yes = نعم
verdict-maybe = ربما
verdict-no = لا
limit-line = الحد في حالتك هو { $limit } في الشهر، بدون بدل العطلة. مع بدل العطلة، الحد هو { $limitIncl }. هذا الحد يساوي { $percentage } من مبلغ المساعدة الاجتماعية لأسرتك.

why-income-within-limit = دخلك { $income }. الحد هو { $limit }. دخلك ضمن الحد.
why-within-margin = دخلك { $income }. الحد هو { $limit }. دخلك أعلى من الحد بمبلغ { $overBy }. هذا فرق صغير فقط.
why-income-above-limit = دخلك { $income }. الحد هو { $limit }. دخلك أعلى من الحد بمبلغ { $overBy }.
why-debt-help-no-income-limit = أنت تحصل على مساعدة في الديون. لذلك، في هذا الدعم، يُسمح أن يكون دخلك أعلى من الحد.
why-debt-help-unknown = دخلك أعلى من الحد. هل تحصل على مساعدة في الديون (schuldhulpverlening أو WSNP)؟ في هذه الحالة قد يحق لك هذا الدعم رغم ذلك.
why-no-child-in-age-range = { $max ->
    [few] لا يسكن معك ولد عمره من { $min } إلى { $max } سنوات.
   *[other] لا يسكن معك ولد عمره من { $min } إلى { $max } سنة.
  }
why-no-child-under = لا يسكن معك ولد عمره أقل من { $age } سنة.
why-age-below = { $minAge ->
    [few] عمرك أقل من { $minAge } سنوات.
   *[other] عمرك أقل من { $minAge } سنة.
  }
why-aow-age = عمرك { $age } أو أكثر: لقد وصلت إلى سن التقاعد (AOW).
why-assets-above-limit = مجموع مالك وأشيائك الثمينة أكثر من { $limit }.
why-assets-unknown = هذا يعتمد على مجموع مالك وأشيائك الثمينة. الحد هو { $limit }.
why-student = أنت تحصل الآن على تمويل دراسي من DUO (studiefinanciering).
why-student-unknown = هذا يعتمد على ما إذا كنت تحصل على تمويل دراسي من DUO (studiefinanciering).
why-short-low-income = دخلك منخفض منذ أقل من { $years ->
    [few] { $years } سنوات
   *[other] { $years } سنة
  }.
why-low-income-3-years-unknown = هذا يعتمد على المدة التي كان فيها دخلك منخفضًا.
why-capacity-test-needed = البلدية تفحص أولًا كم تستطيع أن تدفع بنفسك.

regeling-kindpakket = مال لأولادك الذين عمرهم أقل من { $age } سنة: مثلًا لرحلة مدرسية، أو دراجة، أو كمبيوتر، أو دروس موسيقى، أو دروس السباحة (zwemdiploma A)، أو أغراض المدرسة.
regeling-iit = مبلغ كل سنة إذا كان دخلك منخفضًا منذ مدة طويلة.
regeling-czm = تأمين صحي عند شركة التأمين Zilveren Kruis، عن طريق البلدية. فيه أيضًا تأمين إضافي (aanvullende verzekering). هو تأمين يُضاف إلى التأمين الأساسي (basisverzekering). تدفع البلدية كل شهر جزءًا من المبلغ الشهري (القسط) لهذا التأمين الإضافي.
regeling-jfsc = الصندوق يدفع لولدك تكاليف النادي الرياضي، أو دروس الموسيقى أو الرقص أو الفن. المال يذهب مباشرةً إلى النادي.
regeling-maatschappelijke-activiteiten = مال لك أنت. مثلًا لنادٍ رياضي، أو المكتبة، أو دورة تعليمية.
regeling-computerregeling = لابتوب أو تابلت أو كمبيوتر لولدك الذي يذهب إلى المدرسة، إذا كان عمره من { $min } إلى { $max } سنة. يمكنك أن تحصل عليه مرة واحدة كل 5 سنوات.
regeling-energietoeslag-2023 = مال لتكاليف الطاقة المرتفعة في سنة { $year }: { $total } (أولًا { $advance }، ثم { $rest }).
regeling-kwijtschelding = إعفاء من ضريبة النفايات (afvalstoffenheffing) وضريبة الصرف الصحي (rioolheffing) للبلدية. تحصل على الإعفاء فقط إذا وافقت البلدية على طلبك.
regeling-bijzondere-bijstand = مال لتكاليف إضافية ضرورية حقًا، لكنها عالية جدًا ولا تستطيع أن تدفعها بنفسك. البلدية تقرر إن كنت تحصل عليه. قدّم الطلب قبل أن تشتري ما تحتاج إليه.

help-serviceplein = اذهب إلى مكتب الخدمات (Serviceplein) في مبنى البلدية، أو اتصل بالبلدية.

summary-heading = إجاباتك
summary-partner = الزوج أو الزوجة أو شريك الحياة
summary-age = عمرك
summary-partner-age = عمر الزوج أو الزوجة أو شريك الحياة
summary-aow = وصلت إلى سن التقاعد (AOW)
summary-partner-aow = الزوج أو الزوجة أو شريك الحياة وصل إلى سن التقاعد (AOW)
summary-children = الأولاد في البيت
summary-children-none = لا يوجد
summary-income = الدخل الصافي
summary-income-value = { $amount } كل { $period }
summary-assets = مال وأشياء ثمينة أكثر من الحد
summary-low-income = دخل منخفض منذ { $years ->
    [few] { $years } سنوات
   *[other] { $years } سنة
  } أو أكثر
summary-student = تمويل دراسي من DUO (studiefinanciering)
summary-debt-help = مساعدة في الديون
summary-children-ages = { $count } ({ $count ->
    [one] العمر
   *[other] الأعمار
  }: { $ages })

# بطاقة النتيجة، العرض بلغتين، ما تحضره معك، وضع الوسطاء
doc-digid = DigiD
doc-id = جواز السفر أو بطاقة الهوية أو بطاقة الإقامة
doc-bank-statements = كشوف الحساب البنكي لآخر شهر، مع الرصيد
doc-quote-or-receipt = عرض سعر (offerte) أو إيصال لما تحتاج إليه
bilingual-on = اعرض بالهولندية أيضًا
bilingual-off = اعرض بلغتي فقط
mode-intermediair = وضع الوسطاء (intermediairs)
button-next-family = الأسرة التالية
compact-heading = بيانات الأسرة

# النتيجة: أولًا ماذا تفعل، ثم برامج الدعم
result-income-converted = أنت كتبت: { $amount } كل { $period }. هذا يساوي { $perMonth } في الشهر.
result-income-converted-year = أنت كتبت: { $amount } في السنة، مع بدل العطلة (vakantiegeld). هذا يساوي { $perMonth } في الشهر، مع بدل العطلة.
todo-heading = ماذا عليك أن تفعل؟
route-digid-form = املأ استمارة واحدة على موقع heemskerk.nl، مع DigiD.
route-gezondverzekerd = سجّل على موقع gezondverzekerd.nl.
route-intermediair = اسأل المعلّم أو المرشد المدرسي (intern begeleider)، أو مكتب الخدمات (Serviceplein). هم يقدّمون الطلب لك.
route-automatic-or-digid-form = هل لديك المساعدة الاجتماعية (bijstand)؟ إذن يصلك المال تلقائيًا. وإلا: املأ الاستمارة على heemskerk.nl، مع DigiD.
route-tax-office-form = قدّم الطلب باستمارة الإعفاء (kwijtschelding).
route-bijzondere-bijstand-form = قدّم الطلب على heemskerk.nl، مع DigiD، قبل أن تشتري ما تحتاج إليه.
route-documents = جهّز هذه الأشياء:
help-heading = هل تحتاج إلى مساعدة، أو ليس لديك DigiD؟
help-phone = اتصل بالرقم { $phone }
link-new-tab = (يفتح في نافذة جديدة)
distance-below = أقل من الحد بمبلغ { $amount }
distance-at-limit = على الحد تمامًا
distance-within-margin = فوق الحد بقليل: { $amount }
distance-above = أعلى من الحد بمبلغ { $amount }
distance-no-limit = لا يوجد حد للدخل، لأنك تحصل على مساعدة في الديون
apply-anyway = قدّم الطلب رغم ذلك. البلدية هي التي تقرر.
more-details = مزيد من الشرح
group-no-show = اعرض برامج الدعم هذه
children-none = برامج الدعم للأولاد: لا يسكن معك أي ولد عمره أقل من 18 سنة.
short-kindpakket = مال للمدرسة والرياضة والنزهات لأولادك.
short-iit = مبلغ كل سنة إذا كان دخلك منخفضًا منذ سنوات.
short-czm = تأمين صحي تدفع البلدية جزءًا منه.
short-jfsc = الصندوق يدفع للنادي الرياضي أو للدروس لولدك.
short-maatschappelijke-activiteiten = مال لك أنت: نادٍ رياضي، أو المكتبة، أو دورة تعليمية.
short-computerregeling = لابتوب أو تابلت أو كمبيوتر لولدك الذي يذهب إلى المدرسة.
short-energietoeslag-2023 = مال لتكاليف الطاقة المرتفعة في سنة { $year }.
short-kwijtschelding = إعفاء من ضريبة النفايات وضريبة الصرف الصحي، إذا وافقت البلدية على طلبك.
short-bijzondere-bijstand = مال لتكاليف إضافية ضرورية حقًا، إذا وافقت البلدية على طلبك.
confirm-wipe = هل تريد أن تمسح كل الإجابات؟
button-wipe = نعم، امسح كل شيء
button-keep = لا، ارجع

# الطباعة
amounts-from = المبالغ من { $date }
stale-norms = هذا الفحص يحسب بالمبالغ السارية من { $date }. قد تكون نتيجتك الآن مختلفة. اسأل مكتب الخدمات (Serviceplein).
regeling-ended = انتهى برنامج الدعم هذا. لم يعد ممكنًا تقديم طلب له.

# وضع الوسطاء
error-summary-heading = هذه الأسئلة ما زالت تحتاج إلى إجابة
not-needed = غير ضروري لهذه الأسرة
hint-toggle = توضيح
overview-heading = نظرة عامة
column-regeling = برنامج الدعم
column-verdict = النتيجة
column-reason = السبب الأهم
column-apply = طريقة تقديم الطلب
apply-jfsc-intermediair = سجّل الولد على موقع jeugdfondssportencultuur.nl، بحسابك كوسيط (intermediair). الصندوق لا يطلب أوراق إثبات. أنت تقدّر الدخل بنفسك.
route-short-digid-form = استمارة على heemskerk.nl، مع DigiD
route-short-gezondverzekerd = التسجيل على gezondverzekerd.nl
route-short-intermediair = عن طريق وسيط (intermediair)
route-short-automatic-or-digid-form = تلقائي لمن يحصل على المساعدة الاجتماعية (bijstand)، وإلا فاستمارة مع DigiD
route-short-tax-office-form = استمارة الإعفاء (kwijtschelding)
route-short-bijzondere-bijstand-form = استمارة المساعدة الاجتماعية الخاصة (bijzondere bijstand)، مع DigiD
