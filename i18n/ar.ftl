# Regelingencheck Heemskerk: العربية (Modern Standard Arabic, simple, addressing the reader as أنت).
# The names of the regelingen and the Dutch terms on the forms stay Dutch (Latin script).
# Western digits only. Put Latin terms in brackets after Arabic text, not the other way round,
# so that the brackets do not flip in right-to-left text.

app-name = Regelingencheck Heemskerk
app-tagline = الجميع يشارك
language-label = اللغة
skip-link = انتقل إلى المحتوى
step-of = السؤال { $n } من { $total }
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

q-partner = هل تسكن مع شريك حياة؟
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
q-children = كم طفلًا يسكن معك في البيت؟
q-children-hint = احسب كل الأطفال الذين يسكنون في بيتك. احسب أيضًا الأطفال الذين عمرهم 18 سنة أو أكثر.
children-count-legend = عدد الأطفال
children-ages-legend = أعمار الأطفال
child-age-label = الطفل { $n }: العمر بالسنوات
q-income = كم هو الدخل الصافي (netto) الذي تحصل عليه أسرتك؟
q-income-hint = الدخل الصافي (netto) هو المبلغ الذي يصل إلى حسابك البنكي. هل لديك شريك حياة؟ في هذه الحالة اجمع دخلك ودخل شريك حياتك. اكتب المبلغ بدون بدل العطلة السنوي (vakantiegeld).
income-label = الدخل الصافي باليورو
income-example = مثلًا: 1250 أو 1,250.50
period-legend = أحصل على هذا المبلغ كل
period-month = شهر
period-four-weeks = 4 أسابيع
period-week = أسبوع
period-year = سنة
income-help-summary = ما الذي يُحسب من الدخل؟
income-help-counts = يُحسب: الراتب، والإعانة (uitkering)، والمعاش التقاعدي، ومعاش AOW، والنفقة (alimentatie) التي تحصل عليها لنفسك من شريكك السابق، والخصم الضريبي العام (algemene heffingskorting) الذي يحصل عليه شريك حياتك من مصلحة الضرائب (Belastingdienst) إذا لم يكن له دخل خاص به.
income-help-not = لا يُحسب: إعانة الأطفال (kinderbijslag)، وميزانية الطفل (kindgebonden budget)، وبدل التأمين الصحي (zorgtoeslag)، وبدل الإيجار (huurtoeslag)، وبدل حضانة الأطفال (kinderopvangtoeslag)، وبدل الطاقة (energietoeslag)، ودخل أطفالك.
q-assets = هل مجموع مدخراتك وممتلكاتك أكثر من { $limit }؟
q-assets-hint = اجمع المال الذي في حسابك البنكي، والمدخرات، والأشياء الأخرى التي لها قيمة. الحد لأسرة مثل أسرتك هو { $limit }.
q-low-income = هل دخلك منخفض منذ 3 سنوات أو أكثر؟
q-low-income-hint = مثلًا: لديك إعانة (uitkering) أو راتب قليل، ولا تتوقع أن يزيد دخلك.
q-student = هل تحصل على منحة دراسية (studiefinanciering) الآن؟
q-student-hint = المنحة الدراسية (studiefinanciering) هي مال من مؤسسة DUO لمن يدرس.
q-debt-help = هل تحصل على مساعدة في الديون (schuldhulpverlening أو WSNP) الآن؟
q-debt-help-hint = خدمة schuldhulpverlening هي مساعدة في الديون عن طريق البلدية. أما WSNP فهو نظام لتسوية الديون عن طريق المحكمة.

error-heading = هناك شيء غير صحيح
error-choose = اختر إجابة.
error-age-empty = اكتب العمر.
error-age-not-number = اكتب العمر بالأرقام، مثلًا 34.
error-age-too-high = هذا العمر غير ممكن. اكتب عمرًا من 120 سنة أو أقل.
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
result-intro = هذه هي المساعدات التي تناسب إجاباتك.
result-indication = هذه النتيجة تقدير أولي فقط، وليست قرارًا. البلدية (gemeente) هي التي تقرر إن كان طلبك مقبولًا.
result-income = دخلك { $income } في الشهر. هذا يساوي { $percent } من مبلغ المساعدة الاجتماعية (bijstandsnorm) لأسرتك.
result-norms = تم الحساب حسب مبالغ المساعدة الاجتماعية (bijstandsnormen) السارية من { $date }.
result-sources = المصادر: { $sources }.
result-made-on = تاريخ الإعداد: { $date }.
group-yes = يمكنك طلب هذه المساعدات
group-maybe = قد تناسبك: اسأل عنها
group-no = لا تناسبك الآن
group-empty = لا توجد مساعدات في هذه المجموعة.
verdict-yes = نعم
verdict-maybe = ربما
verdict-no = لا
label-gives = على ماذا تحصل؟
label-why = لماذا؟
label-next = كيف تقدّم الطلب؟
limit-line = الحد هو { $limit } في الشهر بدون بدل العطلة. مع بدل العطلة، الحد هو { $limitIncl }. هذا يساوي { $percentage } من مبلغ المساعدة الاجتماعية.

why-income-within-limit = دخلك { $income } لا يزيد عن الحد، وهو { $limit }.
why-within-margin = دخلك { $income } أعلى من الحد ({ $limit }) بمبلغ { $overBy }. هذا فوق الحد بقليل فقط. قدّم الطلب رغم ذلك.
why-income-above-limit = دخلك { $income } أعلى من الحد ({ $limit }) بمبلغ { $overBy }.
why-debt-help-no-income-limit = أنت تحصل على مساعدة في الديون، لذلك لا يوجد حد للدخل لهذه المساعدة.
why-debt-help-unknown = دخلك أعلى من الحد. هل تحصل على مساعدة في الديون (schuldhulpverlening أو WSNP)؟ في هذه الحالة قد تحصل على هذه المساعدة رغم ذلك.
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
why-student = أنت تحصل على منحة دراسية (studiefinanciering) الآن.
why-student-unknown = هذا يعتمد على ما إذا كنت تحصل على منحة دراسية (studiefinanciering) أم لا.
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
regeling-kwijtschelding = لا يلزمك أن تدفع ضريبة النفايات (afvalstoffenheffing) وضريبة الصرف الصحي (rioolheffing). هاتان ضريبتان من ضرائب البلدية، للنفايات والصرف الصحي.
regeling-bijzondere-bijstand = مال لتكاليف إضافية ضرورية حقًا، لا تستطيع أن تدفعها بنفسك.

apply-digid-form = قدّم الطلب بالاستمارة على موقع heemskerk.nl. تسجّل الدخول باستخدام DigiD، وهو رمز دخولك إلى مواقع الحكومة. باستمارة واحدة يمكنك أن تطلب عدة مساعدات معًا.
apply-gezondverzekerd = سجّل نفسك على موقع gezondverzekerd.nl للاشتراك في هذا التأمين.
apply-intermediair = لا يمكنك أن تقدّم هذا الطلب بنفسك. شخص آخر يقدّمه لك: شخص وسيط (intermediair). يمكن أن يكون الوسيط: المعلّم أو المرشد المدرسي (intern begeleider أو IB'er) في المدرسة، أو Serviceplein (مكتب خدمات البلدية)، أو مؤسسة MEE & de Wering، أو مؤسسة MET Heemskerk.
apply-automatic-or-digid-form = هل تعرف البلدية دخلك مسبقًا؟ في هذه الحالة تحصل على المبلغ تلقائيًا. وإذا لم تكن تعرفه، فقدّم الطلب بالاستمارة على موقع heemskerk.nl بعد تسجيل الدخول باستخدام DigiD (رمز دخولك إلى مواقع الحكومة).
apply-tax-office-form = قدّم الطلب باستمارة الإعفاء (kwijtschelding) من ضرائب البلدية.
help-serviceplein = هل تحتاج مساعدة في تقديم الطلب؟ اذهب إلى Serviceplein Heemskerk. هذا هو مكتب خدمات البلدية، يساعدك ويجيب عن أسئلتك.
label-link = الموقع الإلكتروني

summary-heading = إجاباتك
summary-partner = شريك الحياة
summary-age = عمرك
summary-partner-age = عمر شريك الحياة
summary-aow = وصلت إلى سن AOW
summary-partner-aow = شريك الحياة وصل إلى سن AOW
summary-children = الأطفال في البيت
summary-children-none = لا يوجد
summary-income = الدخل الصافي
summary-income-value = { $amount } كل { $period }
summary-assets = مدخرات وممتلكات أكثر من الحد
summary-low-income = دخل منخفض منذ 3 سنوات أو أكثر
summary-student = منحة دراسية
summary-debt-help = مساعدة في الديون
summary-children-ages = { $count ->
    [one] { $count } (العمر: { $ages })
   *[other] { $count } (الأعمار: { $ages })
  }

# بطاقة النتيجة، العرض بلغتين، ما تحضره معك، وضع الوسطاء
card-household = الأسرة
bring-heading = ماذا تحضر معك؟
bring-intro = تحتاج إلى هذه الأشياء لتقديم الطلب:
bring-none = لا تحتاج إلى إحضار أي شيء لهذه المساعدات.
doc-digid = DigiD الخاص بك (رمز دخولك إلى مواقع الحكومة)
doc-id = وثيقة هوية: جواز السفر، أو بطاقة الهوية، أو بطاقة الإقامة
doc-bank-statements = كشوف حسابك البنكي لآخر شهر، ويظهر فيها الرصيد
doc-quote-or-receipt = عرض سعر (offerte) أو إيصال لما تريد شراءه
bilingual-on = اعرض بالهولندية أيضًا
bilingual-off = اعرض بلغتي فقط
mode-intermediair = وضع الوسطاء
button-next-family = الأسرة التالية
compact-heading = بيانات الأسرة
