# Regelingencheck Heemskerk: فارسی، برای خوانندگان ایرانی و افغان (دری). Translated from nl.ftl (B1), addressing the reader as شما.
# The names of the regelingen, DigiD, DUO, AOW, WSNP and web addresses stay in Latin script.
# Western digits (0-9). ZWNJ (U+200C) as Persian spelling requires; RLM (U+200F) before a "(" that follows a Latin word;
# amounts written in the text are isolated left-to-right (U+2066 … U+2069) like the amounts from the code;
# a no-break space inside short Dutch terms of two words, so that they do not break over two lines.
# Order: the Persian word first, the Dutch word in brackets after it. No sentence or heading starts with a Dutch word.
# Short sentences, one idea each. Where a negation carries the meaning, the positive statement comes first.
# Dari beside Iranian Persian at the first mention on a screen: شهرداری (شاروالی)، مدرسه (مکتب)، بیمه درمانی (بیمه صحی)،
# دوچرخه (بایسکل)، حقوق (معاش)، بازنشستگی (تقاعد)، ماشین (موتر)، اجاره (کرایه)، مهدکودک (کودکستان)، تعطیلات (رخصتی)،
# باشگاه (کلپ)، وام (قرضه)، بدهی (قرض)، دادگاه (محکمه).
# Glossary: one term per concept, used in every message.
# طرح حمایتی (regeling); plural: طرح‌های حمایتی (regelingen); after the first mention: این طرح
# شهرداری (شاروالی، gemeente): the gemeente Heemskerk; it decides on an application
# درخواست بدهید (aanvragen); فرم (formulier); نتیجه (uitkomst): what the app works out, not a decision
# مرکز خدمات شهرداری (Serviceplein); in help-serviceplein: مرکز خدمات (Serviceplein) در ساختمان شهرداری
# مقرری دولتی (uitkering): any benefit, such as bijstand or WW; it counts as income
# مقرری کمک اجتماعی (bijstand, bijstandsuitkering): the benefit from the gemeente
# مبلغ مقرری کمک اجتماعی (bijstand) برای خانواده شما (bijstandsnorm); plural: مبلغ‌های مقرری کمک اجتماعی
# حد مجاز (inkomensgrens): the highest income allowed for a regeling; کمی بیشتر از حد مجاز (marge)
# کمک اجتماعی ویژه (bijzondere bijstand)
# کمک‌هزینه‌ها (toeslagen): the word کمک‌هزینه only for a toeslag (zorgtoeslag, huurtoeslag, kinderopvangtoeslag, energietoeslag)
# حق اولاد (kinderbijslag); پول اضافه برای فرزندان (kindgebonden budget): like the toeslagen, not income
# وام یا کمک تحصیلی از DUO (studiefinanciering): a DUO loan is studiefinanciering too
# پول تعطیلات (vakantiegeld, vakantietoeslag): extra money once a year, usually in May (ماه می; never مه)
# رابط (intermediair): a teacher, school counsellor or Serviceplein worker who applies for a family (not واسطه: it reads as "connections")
# کمک برای بدهی‌ها (schuldhulpverlening یا WSNP); قانون تسویه بدهی (WSNP)
# مستمری بازنشستگی دولتی (AOW); سن بازنشستگی (AOW-leeftijd)
# DigiD: stays DigiD (the government login)
# درآمد خالص (netto): what really comes into the bank account from wages, benefit or pension
# پول و چیزهای باارزش (vermogen); همسر (partner; in the questions: همسر یا شریک زندگی); فرزند (kind, of any age); خانواده (huishouden)
# عوارض زباله و فاضلاب (afvalstoffenheffing و rioolheffing): the gemeente's tax on waste and sewage
# معافیت (kwijtschelding): the gemeente lets you off that tax, only if it approves the application
# پول ماهانه بیمه (premie)
# Dates come from the code as 1-7-2023 (no month names: Afghan readers do not know ژوئیه).

app-name = Regelingencheck Heemskerk
app-tagline = همه مشارکت می‌کنند
language-label = زبان
skip-link = رفتن به محتوای اصلی
step-n = پرسش { $n }
page-title = { $step } – Regelingencheck Heemskerk
result-title = نتیجه – Regelingencheck Heemskerk

button-start = شروع
button-next = بعدی
button-back = قبلی
button-show-result = دیدن نتیجه
button-change = تغییر
button-restart = شروع دوباره
button-print = چاپ

start-heading = کدام طرح‌های حمایتی مناسب شماست؟
start-intro = درآمد شما کم است؟ شهرداری (شاروالی، gemeente) Heemskerk می‌تواند به شما کمک کند. مثلاً برای هزینه‌های مدرسه (مکتب)، ورزش و بیمه درمانی (بیمه صحی). به چند پرسش کوتاه پاسخ دهید. بعد می‌بینید برای کدام طرح‌های حمایتی (regelingen) می‌توانید درخواست بدهید.
start-time = حدود 3 دقیقه طول می‌کشد.
start-privacy = پاسخ‌های شما فقط روی همین دستگاه می‌ماند. ما آن‌ها را به هیچ جا نمی‌فرستیم.
start-norms = ما با مبلغ‌های مقرری کمک اجتماعی (bijstand) از تاریخ { $date } حساب می‌کنیم.

q-partner = آیا با همسر یا شریک زندگی خود در یک خانه زندگی می‌کنید؟
q-partner-hint = ازدواج کرده باشید یا نه، هر دو حساب می‌شود.
a-partner-no = نه، بدون همسر زندگی می‌کنم (با فرزند یا بدون فرزند)
a-partner-yes = بله، با همسر یا شریک زندگی‌ام زندگی می‌کنم
q-age = چند سال دارید؟
q-partner-age = همسر شما چند سال دارد؟
age-label = سن (به سال)
q-aow = آیا سن شما { $age } یا بیشتر است؟
q-partner-aow = آیا سن همسر شما { $age } یا بیشتر است؟
q-aow-hint = از این سن، مردم از دولت مستمری بازنشستگی (تقاعد، AOW) می‌گیرند.
aow-age = { $months ->
    [0] { $years } سال
   *[other] { $years } سال و { $months } ماه
  }
a-yes = بله
a-no = نه
a-dont-know = نمی‌دانم
q-children = چند فرزند با شما در خانه زندگی می‌کنند؟
q-children-hint = همه فرزندانی را که با شما در خانه زندگی می‌کنند بشمارید. فرزندانی را هم که 18 سال یا بیشتر دارند بشمارید.
children-ages-legend = سن فرزندان
child-age-label = فرزند { $n }: سن (به سال)
q-income = چقدر درآمد خالص (netto) دارید؟
q-income-hint = درآمد خالص (netto) پولی است که واقعاً به حساب بانکی شما می‌آید: از حقوق (معاش)، مقرری دولتی (uitkering) یا حقوق بازنشستگی (تقاعد). همسر یا شریک زندگی دارید؟ پول او را هم اضافه کنید.
income-label = درآمد خالص (netto) به یورو
income-example = مثلاً: 1250 یا 1,250.50
period-legend = هر چند وقت یک بار این مبلغ را می‌گیرید؟
period-month = ماه
period-four-weeks = 4 هفته
period-week = هفته
period-year = سال
period-option-month = هر ماه
period-option-four-weeks = هر 4 هفته
period-option-week = هر هفته
period-option-year = در سال، با پول تعطیلات (رخصتی، vakantiegeld)، مثل برگه درآمد سالانه (jaaropgaaf)
income-counts-heading = این‌ها درآمد حساب می‌شوند:
income-counts-wages = حقوق و دستمزد (معاش)
income-counts-benefit = مقرری دولتی (uitkering)، مثلاً مقرری کمک اجتماعی (bijstand) یا مقرری بیکاری (WW)
income-counts-pension = حقوق بازنشستگی (تقاعد) و مستمری بازنشستگی دولتی (AOW)
income-counts-alimony = نفقه (alimentatie) برای خودتان، نه برای فرزندانتان
income-counts-tax-credit = تخفیف مالیاتی (heffingskorting): پولی که همسر شما، وقتی کار ندارد، از اداره مالیات (Belastingdienst) می‌گیرد
income-not-heading = این‌ها درآمد حساب نمی‌شوند:
income-not-child-benefit = حق اولاد (kinderbijslag) و پول اضافه برای فرزندان (kindgebonden budget)
income-not-toeslagen = کمک‌هزینه‌ها (toeslagen): کمک‌هزینه بیمه درمانی (بیمه صحی، zorgtoeslag)، کمک‌هزینه اجاره خانه (کرایه، huurtoeslag)، کمک‌هزینه مهدکودک (کودکستان، kinderopvangtoeslag)
income-not-holiday-pay = پول تعطیلات (vakantiegeld یا vakantietoeslag): پول اضافه، سالی یک بار، معمولاً در ماه می. «در سال» را انتخاب کرده‌اید؟ پس پول تعطیلات را هم حساب کنید.
income-not-children = پولی که فرزندانتان به دست می‌آورند
income-not-energietoeslag = کمک‌هزینه انرژی (energietoeslag)
q-assets = آیا پول و چیزهای باارزش شما (و همسرتان) روی هم بیشتر از { $limit } است؟
q-assets-no-limit = آیا پول و چیزهای باارزش شما (و همسرتان) بیشتر از حد مجاز برای خانواده‌تان است؟
q-assets-hint = همه را با هم جمع کنید: پول همه حساب‌های بانکی‌تان، پس‌انداز، و چیزهای گران‌قیمتی که می‌توانید بفروشید، مثل ماشین (موتر)، طلا یا جواهرات. همسر یا شریک زندگی دارید؟ پول و چیزهای او را هم حساب کنید. شک دارید؟ «نمی‌دانم» را انتخاب کنید.
q-low-income = آیا { $years } سال یا بیشتر است که درآمد کمی دارید؟
q-low-income-hint = مثلاً: { $years } سال است که مقرری دولتی (uitkering) یا حقوق (معاش) کمی می‌گیرید. فکر می‌کنید درآمدتان فعلاً کم می‌ماند.
q-student = آیا از DUO وام یا کمک تحصیلی (studiefinanciering) می‌گیرید؟
q-student-hint = وام یا کمک تحصیلی (studiefinanciering) پولی است که سازمان DUO برای تحصیل می‌دهد. وام (قرضه) از DUO هم حساب می‌شود.
q-debt-help = آیا برای بدهی‌هایتان کمک (schuldhulpverlening یا WSNP) می‌گیرید؟
q-debt-help-hint = کمک برای بدهی‌ها (قرض‌ها، schuldhulpverlening) از طریق شهرداری (شاروالی) است. قانون تسویه بدهی (WSNP) راهی برای حل بدهی‌ها از طریق دادگاه (محکمه) است.

error-choose = یک پاسخ را انتخاب کنید.
error-age-empty = سن را بنویسید.
error-age-not-number = سن را با عدد بنویسید، مثلاً 34.
error-age-too-high = این سن خیلی زیاد است. سنی تا 120 سال بنویسید.
error-partner-age-under-18 = برای این طرح‌های حمایتی، همسر شما باید 18 سال یا بیشتر داشته باشد. همسرتان کمتر از 18 سال دارد؟ از مرکز خدمات شهرداری (Serviceplein) کمک بخواهید.
error-age-under-18 = این طرح‌های حمایتی برای افراد 18 سال و بالاتر است. کمتر از 18 سال دارید؟ از مرکز خدمات شهرداری (Serviceplein) کمک بخواهید.
error-child-age = سن هر فرزند را با عدد بنویسید، مثلاً 7. سن فرزندتان کمتر از 1 سال است؟ پس 0 بنویسید.
error-income-empty = مبلغ را بنویسید.
error-income-not-a-number = مبلغ را با عدد بنویسید، مثلاً 1250 یا 1,250.50.
error-income-negative = مبلغ را بدون علامت منفی (-) بنویسید، مثلاً 1250.
error-income-too-many-decimals = بعد از نقطه اعشار، 1 یا 2 رقم بنویسید، مثلاً 1,250.50.
error-income-ambiguous = این مبلغ را می‌توان به دو شکل خواند. آن را این‌طور بنویسید: 1250 یا 1,250.50.
error-income-too-large = این مبلغ خیلی زیاد است. لطفاً مبلغ را دوباره بررسی کنید.
panic-message = متأسفیم، در برنامه مشکلی پیش آمد. پاسخ‌های شما به هیچ جا فرستاده نشده است. لطفاً صفحه را دوباره باز کنید.

result-heading = نتیجه شما
result-indication = این نتیجه فقط یک راهنماست. شهرداری (شاروالی، gemeente) بعد از درخواست شما تصمیم می‌گیرد.
result-income = درآمد شما { $income } در ماه است. این برابر با { $percent } مبلغ مقرری کمک اجتماعی (bijstand) برای خانواده شماست.
result-norms = ما با مبلغ‌های مقرری کمک اجتماعی (bijstand) از تاریخ { $date } حساب می‌کنیم.
result-sources = منابع: { $sources }.
result-made-on = تاریخ تهیه: { $date }.
group-yes = می‌توانید درخواست بدهید
group-maybe = شاید برای شما
group-no = فعلاً برای شما نیست
verdict-yes = بله
verdict-maybe = شاید
verdict-no = نه
limit-line = حد مجاز برای شما { $limit } در ماه است، بدون پول تعطیلات. با پول تعطیلات: { $limitIncl }. این { $percentage } مبلغ کمک اجتماعی برای خانواده شماست.

why-income-within-limit = درآمد شما { $income } است. این کمتر از حد مجاز { $limit } است، یا برابر با آن.
why-within-margin = درآمد شما { $income } است. این به اندازه { $overBy } بیشتر از حد مجاز { $limit } است. این فقط کمی بیشتر است.
why-income-above-limit = درآمد شما { $income } است. این به اندازه { $overBy } بیشتر از حد مجاز { $limit } است.
why-debt-help-no-income-limit = شما برای بدهی‌هایتان کمک می‌گیرید. پس برای این طرح، درآمد شما می‌تواند بیشتر از حد مجاز هم باشد.
why-debt-help-unknown = درآمد شما بیشتر از حد مجاز است. آیا برای بدهی‌هایتان کمک (schuldhulpverlening یا WSNP) می‌گیرید؟ اگر بله، شاید با این حال بتوانید این طرح را بگیرید.
why-no-child-in-age-range = هیچ فرزندی از { $min } تا { $max } سال با شما زندگی نمی‌کند.
why-no-child-under = هیچ فرزندی زیر { $age } سال با شما زندگی نمی‌کند.
why-age-below = سن شما کمتر از { $minAge } سال است.
why-aow-age = سن شما { $age } یا بیشتر است: یعنی به سن بازنشستگی (AOW) رسیده‌اید.
why-assets-above-limit = پول و چیزهای باارزش شما بیشتر از { $limit } است.
why-assets-unknown = بستگی دارد که چقدر پول و چیزهای باارزش دارید. حد مجاز { $limit } است.
why-student = شما از DUO وام یا کمک تحصیلی (studiefinanciering) می‌گیرید.
why-student-unknown = بستگی دارد که از DUO وام یا کمک تحصیلی (studiefinanciering) می‌گیرید یا نه.
why-short-low-income = کمتر از { $years } سال است که درآمد کمی دارید.
why-low-income-3-years-unknown = بستگی دارد به اینکه چه مدت است که درآمد کمی دارید.
why-capacity-test-needed = شهرداری اول بررسی می‌کند که خودتان چقدر می‌توانید بپردازید.

regeling-kindpakket = پول برای فرزندان زیر { $age } سال شما. مثلاً برای اردوی مدرسه (گردش مکتب)، دوچرخه (بایسکل)، کامپیوتر، کلاس موسیقی، کلاس شنا برای مدرک شنای A ‏(zwemdiploma A) یا وسایل مدرسه.
regeling-iit = هر سال یک مبلغ پول، اگر مدت زیادی است که درآمد کمی دارید.
regeling-czm = بیمه درمانی (بیمه صحی) در شرکت بیمه Zilveren Kruis، از طریق شهرداری. بیمه تکمیلی (aanvullende verzekering) هم در آن هست. بیمه تکمیلی یعنی بیمه اضافه در کنار بیمه پایه (basisverzekering). شهرداری هر ماه بخشی از پول ماهانه بیمه تکمیلی (premie) را می‌پردازد.
regeling-jfsc = صندوق (fonds) هزینه باشگاه ورزشی (کلپ)، یا کلاس موسیقی، رقص یا هنر فرزندتان را می‌پردازد. پول مستقیم به باشگاه یا کلاس می‌رود.
regeling-maatschappelijke-activiteiten = پول برای خودتان. مثلاً برای باشگاه ورزشی، کتابخانه یا یک دوره آموزشی.
regeling-computerregeling = لپ‌تاپ، تبلت یا کامپیوتر برای فرزند { $min } تا { $max } ساله شما که به مدرسه (مکتب) می‌رود. هر 5 سال یک بار می‌توانید آن را بگیرید.
regeling-energietoeslag-2023 = پول برای هزینه زیاد برق و گاز در سال { $year }: { $total } (اول { $advance }، بعد { $rest }).
regeling-kwijtschelding = معافیت از عوارض زباله و فاضلاب (afvalstoffenheffing و rioolheffing). اگر شهرداری درخواست شما را بپذیرد، از پرداخت این عوارض معاف می‌شوید.
regeling-bijzondere-bijstand = پول برای هزینه‌های اضافی که واقعاً لازم است، ولی برای شما خیلی گران است. شهرداری درباره آن تصمیم می‌گیرد. قبل از خرید، درخواست بدهید.

help-serviceplein = به مرکز خدمات (Serviceplein) در ساختمان شهرداری (شاروالی) بروید. یا به شهرداری زنگ بزنید.

summary-heading = پاسخ‌های شما
summary-partner = زندگی با همسر
summary-age = سن شما
summary-partner-age = سن همسر
summary-aow = رسیدن به سن بازنشستگی (AOW)
summary-partner-aow = رسیدن همسر به سن بازنشستگی (AOW)
summary-children = فرزندان در خانه
summary-children-none = هیچ
summary-income = درآمد خالص
summary-income-value = { $amount } در هر { $period }
summary-assets = پول و چیزهای باارزش بیش از حد مجاز
summary-low-income = درآمد کم به مدت { $years } سال یا بیشتر
summary-student = وام یا کمک تحصیلی (studiefinanciering)
summary-debt-help = کمک برای بدهی‌ها
summary-children-ages = { $count } ({ $count ->
    [one] سن
   *[other] سن‌ها
  }: { $ages })

# کارت نتیجه، نمایش دوزبانه، مدارک لازم، حالت رابط‌ها
doc-digid = DigiD
doc-id = پاسپورت، کارت شناسایی یا کارت اقامت
doc-bank-statements = صورت‌حساب‌های بانکی ماه گذشته، با موجودی
doc-quote-or-receipt = برگه قیمت (offerte) یا رسید چیزی که لازم دارید
bilingual-on = متن هلندی را هم نشان بده
bilingual-off = فقط به زبان من نشان بده
mode-intermediair = حالت مخصوص رابط‌ها (intermediair)
button-next-family = خانواده بعدی
compact-heading = اطلاعات خانواده

# نتیجه: اول کاری که باید بکنید، بعد طرح‌ها
result-income-converted = شما نوشتید: { $amount } در هر { $period }. این برابر با { $perMonth } در ماه است.
result-income-converted-year = شما نوشتید: { $amount } در سال، با پول تعطیلات (vakantiegeld). این برابر با { $perMonth } در ماه است، با پول تعطیلات.
todo-heading = چه کاری باید بکنید؟
route-digid-form = یک فرم را در سایت heemskerk.nl با DigiD پر کنید.
route-gezondverzekerd = در سایت gezondverzekerd.nl ثبت‌نام کنید.
route-intermediair = از معلم یا مشاور (intern begeleider) در مدرسه (مکتب)، یا از مرکز خدمات شهرداری (Serviceplein) بپرسید. آن‌ها برای شما درخواست می‌دهند.
route-automatic-or-digid-form = مقرری کمک اجتماعی (bijstand) می‌گیرید؟ این پول خودبه‌خود می‌رسد. وگرنه فرم heemskerk.nl را با DigiD پر کنید.
route-tax-office-form = با فرم معافیت (kwijtschelding) درخواست بدهید.
route-bijzondere-bijstand-form = قبل از خرید، در سایت heemskerk.nl با DigiD درخواست بدهید.
route-documents = این‌ها را آماده داشته باشید:
help-heading = به کمک نیاز دارید، یا DigiD ندارید؟
help-phone = با شماره { $phone } تماس بگیرید
link-new-tab = (در زبانه جدید باز می‌شود)
distance-below = به اندازه { $amount } کمتر از حد مجاز
distance-at-limit = دقیقاً برابر با حد مجاز
distance-within-margin = کمی بیشتر از حد مجاز: { $amount }
distance-above = به اندازه { $amount } بیشتر از حد مجاز
distance-no-limit = بدون حد مجاز، چون برای بدهی‌هایتان کمک می‌گیرید
apply-anyway = با این حال درخواست بدهید. شهرداری تصمیم می‌گیرد.
more-details = توضیح بیشتر
group-no-show = دیدن این طرح‌ها
children-none = طرح‌های مخصوص فرزندان: هیچ فرزند زیر 18 سالی با شما زندگی نمی‌کند.
short-kindpakket = پول برای مدرسه (مکتب)، ورزش و گردش فرزندانتان.
short-iit = هر سال یک مبلغ پول، اگر مدت زیادی است که درآمد کمی دارید.
short-czm = بیمه درمانی (بیمه صحی)؛ شهرداری بخشی را می‌پردازد.
short-jfsc = صندوق هزینه باشگاه ورزشی یا کلاس فرزندتان را می‌پردازد.
short-maatschappelijke-activiteiten = پول برای خودتان: باشگاه ورزشی، کتابخانه یا دوره آموزشی.
short-computerregeling = لپ‌تاپ، تبلت یا کامپیوتر برای فرزندتان که به مدرسه می‌رود.
short-energietoeslag-2023 = پول برای هزینه زیاد برق و گاز در سال { $year }.
short-kwijtschelding = معافیت از عوارض زباله و فاضلاب، اگر شهرداری بپذیرد.
short-bijzondere-bijstand = پول برای هزینه‌های اضافی که واقعاً لازم است، اگر شهرداری بپذیرد.
confirm-wipe = آیا می‌خواهید همه پاسخ‌ها را پاک کنید؟
button-wipe = بله، همه را پاک کن
button-keep = نه، برگرد

# چاپ
amounts-from = مبلغ‌های معتبر از { $date }
stale-norms = این بررسی با مبلغ‌های معتبر از { $date } حساب می‌کند. ممکن است نتیجه شما حالا فرق کند. از مرکز خدمات شهرداری (Serviceplein) بپرسید.
regeling-ended = این طرح حمایتی تمام شده است. دیگر نمی‌توانید برای آن درخواست بدهید.

# حالت مخصوص رابط‌ها
error-summary-heading = این پرسش‌ها هنوز به پاسخ نیاز دارند
not-needed = برای این خانواده لازم نیست
hint-toggle = توضیح
overview-heading = نمای کلی
column-regeling = طرح حمایتی
column-verdict = نتیجه
column-reason = دلیل اصلی
column-apply = نحوه درخواست
apply-jfsc-intermediair = با حساب کاربری خود به‌عنوان رابط (intermediair)، کودک را در سایت jeugdfondssportencultuur.nl ثبت‌نام کنید. صندوق هیچ مدرکی نمی‌خواهد. درآمد را خودتان تخمین بزنید.
route-short-digid-form = فرم در سایت heemskerk.nl، با DigiD
route-short-gezondverzekerd = ثبت‌نام در gezondverzekerd.nl
route-short-intermediair = از طریق رابط (intermediair)
route-short-automatic-or-digid-form = خودبه‌خود با مقرری کمک اجتماعی (bijstand)، وگرنه فرم با DigiD
route-short-tax-office-form = فرم معافیت (kwijtschelding)
route-short-bijzondere-bijstand-form = فرم کمک اجتماعی ویژه (bijzondere bijstand)، با DigiD
