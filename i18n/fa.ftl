# Regelingencheck Heemskerk: فارسی (برای خوانندگان ایرانی و افغان/دری). Translated from nl.ftl (B1).
# The names of the regelingen and the Dutch terms on the forms stay in Dutch (Latin script).
# Digits are Western (0-9). Zero-width non-joiners (U+200C) are used as Persian orthography requires.

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
start-intro = درآمد شما کم است؟ شهرداری Heemskerk (gemeente) به شما کمک می‌کند، مثلاً در پرداخت هزینه‌های مدرسه، ورزش و بیمه درمانی. به چند پرسش کوتاه پاسخ دهید. بعد می‌بینید برای کدام طرح‌های حمایتی (regelingen) می‌توانید درخواست بدهید.
start-time = حدود 3 دقیقه طول می‌کشد.
start-privacy = پاسخ‌های شما فقط روی همین دستگاه می‌ماند. ما هیچ چیزی را نگه نمی‌داریم و به جایی نمی‌فرستیم.
start-norms = ما بر اساس bijstandsnormen (مبلغ‌های پایه کمک اجتماعی) معتبر از تاریخ { $date } حساب می‌کنیم. منظور از bijstandsnorm مبلغی است که هر ماه به کسی که bijstandsuitkering (کمک‌هزینه اجتماعی) دارد پرداخت می‌شود.

q-partner = آیا با همسر (یا شریک زندگی) خود در یک خانه زندگی می‌کنید؟
q-partner-hint = فرقی نمی‌کند ازدواج کرده باشید یا نه.
a-partner-no = نه، بدون همسر زندگی می‌کنم (با فرزند یا بدون فرزند)
a-partner-yes = بله، با همسر یا شریک زندگی‌ام زندگی می‌کنم
q-age = چند سال دارید؟
q-partner-age = همسر شما چند سال دارد؟
age-label = سن (به سال)
q-aow = آیا به سن AOW (سن بازنشستگی دولتی) رسیده‌اید؟
q-partner-aow = آیا همسر شما به سن AOW (سن بازنشستگی دولتی) رسیده است؟
q-aow-hint = منظور از AOW مستمری بازنشستگی دولتی است. در سال 2023 سن AOW برابر با 66 سال و 10 ماه است.
a-yes = بله
a-no = نه
a-dont-know = نمی‌دانم
q-children = چند فرزند با شما در خانه زندگی می‌کنند؟
q-children-hint = همه فرزندانی را که با شما در خانه زندگی می‌کنند بشمارید. فرزندانی را هم که 18 سال یا بیشتر دارند بشمارید.
children-ages-legend = سن فرزندان
child-age-label = فرزند { $n }: سن (به سال)
q-income = خانواده شما در مجموع چقدر درآمد خالص (netto) دارد؟
q-income-hint = درآمد خالص (netto) یعنی پولی که واقعاً به حساب بانکی شما واریز می‌شود. همسر یا شریک زندگی دارید؟ پول او را هم به آن اضافه کنید.
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
period-option-year = در سال، با پول تعطیلات (vakantiegeld)، همان‌طور که در برگه درآمد سالانه (jaaropgaaf) آمده است
income-counts-heading = این‌ها درآمد حساب می‌شوند:
income-counts-wages = حقوق و دستمزد
income-counts-benefit = مقرری دولتی (uitkering)
income-counts-pension = حقوق بازنشستگی و مستمری AOW
income-counts-alimony = نفقه (alimentatie) برای خودتان (نه برای فرزندانتان)
income-counts-tax-credit = پولی که همسر شما، اگر کار ندارد، از اداره مالیات (Belastingdienst) می‌گیرد: تخفیف مالیاتی (heffingskorting)
income-not-heading = این‌ها درآمد حساب نمی‌شوند:
income-not-child-benefit = کمک‌هزینه فرزند (kinderbijslag) و کمک‌هزینه اضافی فرزند (kindgebonden budget)
income-not-toeslagen = کمک‌هزینه‌ها (toeslagen): کمک‌هزینه بیمه درمانی (zorgtoeslag)، کمک‌هزینه اجاره (huurtoeslag)، کمک‌هزینه مهدکودک (kinderopvangtoeslag)
income-not-holiday-pay = پول تعطیلات (vakantiegeld): پول اضافه‌ای که سالی یک بار، معمولاً در ماه می، واریز می‌شود. اما اگر «در سال» را انتخاب می‌کنید، آن را هم حساب کنید.
income-not-children = پولی که فرزندانتان به دست می‌آورند
income-not-energietoeslag = کمک‌هزینه انرژی (energietoeslag)
q-assets = آیا پول و چیزهای باارزش شما روی هم بیشتر از { $limit } است؟
q-assets-no-limit = آیا پول و وسایل باارزش شما بیشتر از حد مجاز برای خانواده‌تان است؟
q-assets-hint = همه را با هم جمع کنید: پول همه حساب‌های بانکی‌تان، پس‌انداز، و چیزهای گران‌قیمتی که می‌توانید بفروشید، مثل ماشین، طلا یا جواهرات. همسر یا شریک زندگی دارید؟ همه چیزهای او را هم حساب کنید. مطمئن نیستید؟ «نمی‌دانم» را انتخاب کنید.
q-low-income = آیا 3 سال یا بیشتر است که درآمد کمی دارید؟
q-low-income-hint = مثلاً: uitkering (کمک‌هزینه دولتی) یا حقوق کمی می‌گیرید و انتظار ندارید درآمدتان بیشتر شود.
q-student = آیا از DUO وام یا کمک‌هزینه تحصیلی (studiefinanciering) می‌گیرید؟
q-student-hint = کمک‌هزینه تحصیلی (studiefinanciering) پولی است که سازمان DUO برای تحصیل می‌دهد. وام DUO هم جزو آن حساب می‌شود.
q-debt-help = آیا از طریق schuldhulpverlening یا WSNP برای بدهی‌هایتان کمک می‌گیرید؟
q-debt-help-hint = منظور از schuldhulpverlening کمک برای بدهی‌ها از طریق شهرداری است. WSNP یک برنامه برای حل بدهی‌ها از طریق دادگاه است.

error-choose = یک پاسخ را انتخاب کنید.
error-age-empty = سن را بنویسید.
error-age-not-number = سن را با عدد بنویسید، مثلاً 34.
error-age-too-high = این سن نمی‌تواند درست باشد. سنی تا 120 سال بنویسید.
error-partner-age-under-18 = برای این طرح‌ها، همسر شما باید 18 سال یا بیشتر داشته باشد. همسرتان کمتر از 18 سال دارد؟ از مرکز خدمات شهرداری (Serviceplein) کمک بخواهید.
error-age-under-18 = این طرح‌ها برای افراد 18 سال و بالاتر است. کمتر از 18 سال دارید؟ از Serviceplein (مرکز خدمات شهرداری) کمک بخواهید.
error-child-age = سن هر فرزند را با عدد بنویسید، از 0 تا 120.
error-income-empty = مبلغ را بنویسید.
error-income-not-a-number = مبلغ را با عدد بنویسید، مثلاً 1250 یا 1,250.50.
error-income-negative = درآمد نمی‌تواند منفی باشد. مبلغ را بدون علامت منفی بنویسید.
error-income-too-many-decimals = بعد از نقطه اعشار حداکثر 2 رقم بنویسید.
error-income-ambiguous = این مبلغ را می‌شود به دو شکل خواند. آن را این‌طور بنویسید: 1250 یا 1,250.50.
error-income-too-large = این مبلغ خیلی زیاد است. لطفاً مبلغ را دوباره بررسی کنید.
error-no-norms = برای این تاریخ، bijstandsnormen (مبلغ‌های پایه) را نداریم.
panic-message = متأسفیم، در برنامه مشکلی پیش آمد. پاسخ‌های شما به جایی فرستاده نشده است. لطفاً صفحه را دوباره باز کنید.

result-heading = نتیجه شما
result-indication = این نتیجه هنوز تصمیم نیست. وقتی درخواست بدهید، شهرداری (شاروالی، gemeente) تصمیم می‌گیرد.
result-income = درآمد شما { $income } در ماه است. این مبلغ { $percent } از bijstandsnorm (مبلغ پایه کمک اجتماعی) برای خانواده شماست.
result-norms = محاسبه بر اساس bijstandsnormen معتبر از تاریخ { $date }.
result-sources = منابع: { $sources }.
result-made-on = تاریخ تهیه: { $date }.
group-yes = می‌توانید درخواست بدهید
group-maybe = شاید برای شما
group-no = فعلاً برای شما نیست
verdict-yes = بله
verdict-maybe = شاید
verdict-no = نه
limit-line = حد مجاز بدون پول تعطیلات { $limit } در ماه است. با پول تعطیلات، حد مجاز { $limitIncl } است. این حد مجاز برابر با { $percentage } از bijstandsnorm است.

why-income-within-limit = درآمد شما ({ $income }) از حد مجاز ({ $limit }) بیشتر نیست، پس شرط درآمد را دارید.
why-within-margin = درآمد شما ({ $income }) به اندازه { $overBy } بیشتر از حد مجاز ({ $limit }) است. این فقط کمی بالاتر از حد مجاز است.
why-income-above-limit = درآمد شما ({ $income }) به اندازه { $overBy } بیشتر از حد مجاز ({ $limit }) است.
why-debt-help-no-income-limit = شما برای بدهی‌هایتان کمک می‌گیرید. در این صورت برای این طرح حد درآمدی وجود ندارد.
why-debt-help-unknown = درآمد شما بیشتر از حد مجاز است. آیا برای بدهی‌هایتان کمک می‌گیرید (schuldhulpverlening یا WSNP)؟ در این صورت شاید با این حال این طرح شامل شما شود.
why-no-child-in-age-range = هیچ فرزندی از { $min } تا { $max } سال با شما زندگی نمی‌کند.
why-age-below = سن شما کمتر از { $minAge } سال است.
why-aow-age = شما به سن AOW رسیده‌اید.
why-assets-above-limit = شما بیش از { $limit } پول پس‌انداز و دارایی دارید.
why-assets-unknown = بستگی به پس‌انداز و دارایی شما دارد. حد مجاز { $limit } است.
why-student = شما از DUO وام یا کمک‌هزینه تحصیلی (studiefinanciering) می‌گیرید.
why-student-unknown = بستگی دارد به اینکه از DUO وام یا کمک‌هزینه تحصیلی (studiefinanciering) می‌گیرید یا نه.
why-short-low-income = هنوز 3 سال نشده است که درآمد کمی دارید.
why-low-income-3-years-unknown = بستگی دارد به اینکه چه مدت است که درآمد کمی دارید.
why-capacity-test-needed = شهرداری اول بررسی می‌کند که خودتان چقدر می‌توانید بپردازید.

regeling-kindpakket = پول برای فرزندان زیر 18 سال شما: مثلاً برای سفر مدرسه، دوچرخه، کامپیوتر، کلاس موسیقی، zwemdiploma A (مدرک شنا)، هزینه‌های مدرسه و حق عضویت.
regeling-iit = هر سال یک مبلغ پول، اگر مدت زیادی است که درآمد کمی دارید.
regeling-czm = بیمه درمانی در شرکت بیمه Zilveren Kruis، از طریق شهرداری. شهرداری هر ماه بخشی از حق بیمه ماهانه بیمه تکمیلی (aanvullende verzekering) را می‌پردازد. بیمه تکمیلی، بیمه اضافه در کنار بیمه پایه (basisverzekering) است.
regeling-jfsc = حق عضویت باشگاه ورزشی، یا کلاس موسیقی، رقص یا هنر برای فرزندتان. صندوق پول را به باشگاه می‌پردازد، نه به شما.
regeling-maatschappelijke-activiteiten = پرداخت بخشی از هزینه‌های خودتان: مثلاً برای باشگاه ورزشی، کتابخانه یا یک دوره آموزشی.
regeling-computerregeling = لپ‌تاپ، تبلت یا کامپیوتر برای فرزندتان که به مدرسه می‌رود و 9 تا 17 سال دارد. هر 5 سال یک بار.
regeling-energietoeslag-2023 = مبلغ 1,300 یورو برای سال 2023 (اول 500 یورو، بعد 800 یورو)، برای هزینه‌های بالای انرژی.
regeling-kwijtschelding = معافیت از عوارض زباله (afvalstoffenheffing) و عوارض فاضلاب (rioolheffing)، اگر شهرداری درخواست شما را بپذیرد. این‌ها عوارض شهرداری برای زباله و فاضلاب هستند.
regeling-bijzondere-bijstand = پول برای هزینه‌های اضافی که واقعاً لازم است و خودتان نمی‌توانید بپردازید، اگر شهرداری درخواست شما را بپذیرد. قبل از خرید، درخواست بدهید.

help-serviceplein = به مرکز خدمات (Serviceplein) در ساختمان شهرداری (شاروالی) بروید، یا به شهرداری زنگ بزنید.

summary-heading = پاسخ‌های شما
summary-partner = زندگی با همسر
summary-age = سن شما
summary-partner-age = سن همسر
summary-aow = رسیدن به سن AOW
summary-partner-aow = رسیدن همسر به سن AOW
summary-children = فرزندان در خانه
summary-children-none = ندارم
summary-income = درآمد خالص
summary-income-value = { $amount } در هر { $period }
summary-assets = پس‌انداز و دارایی بیش از حد مجاز
summary-low-income = درآمد کم به مدت 3 سال یا بیشتر
summary-student = وام یا کمک‌هزینه تحصیلی (studiefinanciering)
summary-debt-help = کمک برای بدهی‌ها
summary-children-ages = { $count } (سن: { $ages })

# کارت نتیجه، نمایش دوزبانه، مدارک لازم، حالت واسطه‌ها
doc-digid = DigiD
doc-id = پاسپورت، کارت شناسایی یا کارت اقامت
doc-bank-statements = صورت‌حساب‌های بانکی ماه گذشته، با موجودی
doc-quote-or-receipt = برگه قیمت (offerte) یا رسید چیزی که لازم دارید
bilingual-on = نمایش متن هلندی
bilingual-off = فقط زبان خودم
mode-intermediair = حالت مخصوص واسطه‌ها
button-next-family = خانواده بعدی
compact-heading = اطلاعات خانواده

# نتیجه: اول کاری که باید بکنید، بعد طرح‌ها
result-income-converted = شما نوشتید: { $amount } در هر { $period }. این برابر با { $perMonth } در ماه است.
result-income-converted-year = شما نوشتید: { $amount } در سال، با پول تعطیلات (vakantiegeld). این برابر با { $perMonth } در ماه است، با پول تعطیلات.
todo-heading = چه کاری باید بکنید؟
route-digid-form = یک فرم را در سایت heemskerk.nl با DigiD پر کنید.
route-gezondverzekerd = در سایت gezondverzekerd.nl ثبت‌نام کنید.
route-intermediair = از معلم یا مشاور دانش‌آموزان (intern begeleider) در مدرسه (مکتب)، یا از مرکز خدمات شهرداری (Serviceplein) بپرسید. آن‌ها برای شما درخواست می‌دهند.
route-automatic-or-digid-form = آیا مقرری کمک اجتماعی (bijstand) می‌گیرید؟ پس این پول خودبه‌خود می‌رسد. اگر نه: فرم سایت heemskerk.nl، با DigiD.
route-tax-office-form = با فرم معافیت از مالیات‌های شهرداری (kwijtschelding) درخواست بدهید.
route-bijzondere-bijstand-form = فرم سایت heemskerk.nl، با DigiD. پیش از خرید درخواست بدهید.
route-documents = این‌ها را آماده داشته باشید:
help-heading = به کمک نیاز دارید، یا DigiD ندارید؟
help-phone = با شماره { $phone } تماس بگیرید
distance-below = به اندازه { $amount } کمتر از حد مجاز
distance-at-limit = دقیقاً برابر با حد مجاز
distance-within-margin = به اندازه { $amount } بیشتر از حد مجاز، اما هنوز در حاشیه قابل قبول
distance-above = به اندازه { $amount } بیشتر از حد مجاز
distance-no-limit = بدون حد درآمدی، چون برای بدهی‌هایتان کمک می‌گیرید
apply-anyway = با این حال درخواست بدهید. شهرداری تصمیم می‌گیرد.
more-details = توضیح بیشتر
group-no-show = دیدن این طرح‌ها
children-none = طرح‌های مخصوص فرزندان: هیچ فرزند زیر 18 سالی با شما زندگی نمی‌کند.
short-kindpakket = پول برای مدرسه (مکتب)، ورزش و گردش فرزندانتان.
short-iit = هر سال یک مبلغ پول، اگر مدت زیادی است که درآمد کمی دارید.
short-czm = بیمه درمانی که شهرداری بخشی از هزینه آن را می‌پردازد.
short-jfsc = صندوق هزینه باشگاه ورزشی یا کلاس فرزندتان را می‌پردازد.
short-maatschappelijke-activiteiten = پول برای خودتان: باشگاه ورزشی، کتابخانه یا دوره آموزشی.
short-computerregeling = لپ‌تاپ، تبلت یا کامپیوتر برای فرزندتان که به مدرسه می‌رود.
short-energietoeslag-2023 = پول برای هزینه‌های بالای انرژی در سال 2023.
short-kwijtschelding = معافیت از عوارض زباله و فاضلاب، اگر شهرداری درخواست شما را بپذیرد.
short-bijzondere-bijstand = پول برای هزینه‌های اضافی که واقعاً لازم است، اگر شهرداری درخواست شما را بپذیرد.
confirm-wipe = آیا می‌خواهید همه پاسخ‌ها را پاک کنید؟
button-wipe = بله، همه را پاک کن
button-keep = نه، برگرد

# چاپ
amounts-from = مبلغ‌های معتبر از { $date }

# حالت مخصوص واسطه‌ها
error-summary-heading = این پرسش‌ها هنوز به پاسخ نیاز دارند
not-needed = برای این خانواده لازم نیست
hint-toggle = توضیح
overview-heading = نمای کلی
column-regeling = طرح حمایتی
column-verdict = نتیجه
column-reason = دلیل اصلی
column-apply = نحوه درخواست
apply-jfsc-intermediair = کودک را در سایت jeugdfondssportencultuur.nl با حساب کاربری خود به‌عنوان واسطه (intermediair) ثبت‌نام کنید. صندوق هیچ مدرکی نمی‌خواهد: درآمد را خودتان تخمین می‌زنید.
route-short-digid-form = فرم در سایت heemskerk.nl، با DigiD
route-short-gezondverzekerd = ثبت‌نام در gezondverzekerd.nl
route-short-intermediair = از طریق واسطه (intermediair)
route-short-automatic-or-digid-form = خودبه‌خود با مقرری کمک اجتماعی (bijstand)، وگرنه فرم با DigiD
route-short-tax-office-form = فرم معافیت (kwijtschelding)
route-short-bijzondere-bijstand-form = فرم کمک اجتماعی ویژه (bijzondere bijstand)، با DigiD
