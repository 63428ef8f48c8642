# Regelingencheck Heemskerk: Türkçe ("siz" hitabı, sade dil).
# Desteklerin (regelingen) adları ve formlarda geçen Hollandaca terimler Hollandaca kalır.
# Para ve tarih değişkenlerine ek getirmeyin: "{ $limit } olan sınır", "{ $date } tarihinden".
# Aynı şey için hep aynı kelime: regeling = destek, gemeente = belediye, grens = sınır,
# spaargeld en bezit = birikim ve mal varlığı, vakantiegeld = tatil parası (hariç/dahil),
# bijstandsnorm = sosyal yardım tutarı, huishouden = hane, partner = eş veya partner.
# Para biçimi Türkçede "1.300 €" (sayı ile € arasında bölünmez boşluk).

app-name = Regelingencheck Heemskerk
app-tagline = Herkes katılabilsin
language-label = Dil
skip-link = İçeriğe geç
step-of = Soru { $n } / { $total }
page-title = { $step } – Regelingencheck Heemskerk
result-title = Sonuç – Regelingencheck Heemskerk

button-start = Başla
button-next = İleri
button-back = Geri
button-show-result = Sonucu gör
button-change = Değiştir
button-restart = Yeniden başla
button-print = Yazdır

start-heading = Size hangi destekler uygun?
start-intro = Geliriniz düşük mü? Heemskerk Belediyesi (gemeente Heemskerk) size yardım eder; örneğin okul, spor ve sağlık sigortası masraflarında. Birkaç kısa soruyu cevaplayın. Sonra hangi desteklere (regelingen) başvurabileceğinizi görürsünüz.
start-time = Yaklaşık 3 dakika sürer.
start-privacy = Cevaplarınız bu cihazda kalır. Hiçbir şeyi kaydetmiyor, hiçbir yere göndermiyoruz.
start-norms = Hesaplamada { $date } tarihinden itibaren geçerli olan bijstandsnormen kullanılır. Bijstandsnorm, sosyal yardım (bijstand) alan birinin her ay aldığı tutardır.

q-partner = Bir eş veya partnerle birlikte mi yaşıyorsunuz?
q-partner-hint = Evli olup olmamanız fark etmez.
a-partner-no = Hayır, eş veya partner olmadan yaşıyorum (çocuklu veya çocuksuz)
a-partner-yes = Evet, eşim veya partnerimle yaşıyorum
q-age = Kaç yaşındasınız?
q-partner-age = Eşiniz veya partneriniz kaç yaşında?
age-label = Yaş
q-aow = AOW yaşına geldiniz mi?
q-partner-aow = Eşiniz veya partneriniz AOW yaşına geldi mi?
q-aow-hint = AOW, devletin verdiği emekli maaşıdır. 2023 yılında AOW yaşı 66 yaş 10 aydır.
a-yes = Evet
a-no = Hayır
a-dont-know = Bilmiyorum
q-children = Evinizde kaç çocuk yaşıyor?
q-children-hint = Sizinle aynı evde yaşayan bütün çocukları sayın. 18 yaşında ve daha büyük olanları da sayın.
children-count-legend = Çocuk sayısı
children-ages-legend = Çocukların yaşları
child-age-label = { $n }. çocuğun yaşı
q-income = Evinize toplam ne kadar net para giriyor?
q-income-hint = Net: banka hesabınıza yatan tutar. Eşiniz veya partneriniz var mı? O zaman sizin ve onun gelirini toplayın. Tatil parası (vakantiegeld) hariç tutarı yazın.
income-label = Net gelir (euro)
income-example = Örnek: 1250 veya 1.250,50
period-legend = Bu tutar hangi süre için?
period-month = ay
period-four-weeks = 4 hafta
period-week = hafta
period-year = yıl
income-help-summary = Gelire neler dahil?
income-help-counts = Dahil olanlar: maaş, uitkering (devletten aldığınız ödenek), emekli maaşı, AOW ve eski eşinizden kendiniz için aldığınız nafaka. Eşinizin veya partnerinizin kendi geliri yoksa, Belastingdienst'in (vergi dairesi) ona ödediği algemene heffingskorting (vergi indirimi) de dahildir.
income-help-not = Dahil olmayanlar: kinderbijslag (çocuk parası), kindgebonden budget (çocuklu ailelere ek para), zorgtoeslag (sağlık sigortası yardımı), huurtoeslag (kira yardımı), kinderopvangtoeslag (kreş yardımı), çocuklarınızın geliri ve energietoeslag (enerji yardımı).
q-assets = Birikiminiz ve mal varlığınız toplam { $limit } tutarından fazla mı?
q-assets-hint = Bankadaki paranızı, birikiminizi ve diğer değerli eşyalarınızı toplayın. Sizin gibi bir hane için sınır: { $limit }.
q-low-income = Geliriniz 3 yıldır veya daha uzun süredir düşük mü?
q-low-income-hint = Örneğin uitkering (ödenek) veya düşük bir maaş alıyorsunuz ve gelirinizin artmasını beklemiyorsunuz.
q-student = Studiefinanciering (öğrenim parası) alıyor musunuz?
q-student-hint = Studiefinanciering, DUO'nun okuyan kişilere verdiği paradır.
q-debt-help = Borçlarınız için yardım alıyor musunuz (schuldhulpverlening veya WSNP)?
q-debt-help-hint = Schuldhulpverlening: belediye aracılığıyla borçlar için yardım. WSNP: mahkeme aracılığıyla yapılan borç düzenlemesi.

error-heading = Bir sorun var
error-choose = Bir cevap seçin.
error-age-empty = Yaşı yazın.
error-age-not-number = Yaşı rakamla yazın, örneğin 34.
error-age-too-high = Bu yaş doğru olamaz. En fazla 120 yazabilirsiniz.
error-age-under-18 = Bu destekler 18 yaş ve üzeri kişiler içindir. 18 yaşından küçük müsünüz? Yardım için Serviceplein'e başvurun.
error-child-age = Her çocuğun yaşını rakamla yazın, 0 ile 120 arası.
error-income-empty = Tutarı yazın.
error-income-not-a-number = Tutarı rakamla yazın, örneğin 1250 veya 1.250,50.
error-income-negative = Gelir eksi olamaz. Tutarı eksi işareti olmadan yazın.
error-income-too-many-decimals = Virgülden sonra en fazla 2 rakam yazın.
error-income-ambiguous = Bu tutarı iki şekilde okuyabiliriz. Şöyle yazın: 1250 veya 1.250,50.
error-income-too-large = Bu tutar çok yüksek. Lütfen tutarı tekrar kontrol edin.
error-no-norms = Bu tarih için bijstandsnormen (sosyal yardım tutarları) bilgimiz yok.
panic-message = Özür dileriz, uygulamada bir hata oldu. Cevaplarınız hiçbir yere gönderilmedi. Lütfen sayfayı yeniden yükleyin.

result-heading = Sonucunuz
result-intro = Cevaplarınıza uyan destekler bunlardır.
result-indication = Bu sadece bir ön değerlendirmedir, karar değildir. Başvurunuz hakkında kararı belediye verir.
result-income = Geliriniz ayda { $income }. Bu tutar, haneniz için geçerli sosyal yardım tutarının (bijstandsnorm) { $percent } oranına denk gelir.
result-norms = { $date } tarihinden itibaren geçerli olan bijstandsnormen (sosyal yardım tutarları) ile hesaplandı.
result-sources = Kaynaklar: { $sources }.
result-made-on = Oluşturulma tarihi: { $date }.
group-yes = Başvurabilirsiniz
group-maybe = Belki sizin için: sorup öğrenin
group-no = Şu an sizin için değil
group-empty = Bu grupta destek yok.
verdict-yes = Evet
verdict-maybe = Belki
verdict-no = Hayır
label-gives = Ne alırsınız?
label-why = Neden?
label-next = Nasıl başvurursunuz?
limit-line = Sınır: tatil parası hariç ayda { $limit }. Tatil parası dahil sınır: { $limitIncl }. Bu sınır, sosyal yardım tutarının { $percentage } oranına denk gelir.

why-income-within-limit = Geliriniz { $income }. Bu, { $limit } olan sınırın üzerinde değil.
why-within-margin = Geliriniz { $income }. Bu, { $limit } olan sınırdan { $overBy } fazla. Yani sınırın biraz üzerinde. Yine de başvurun.
why-income-above-limit = Geliriniz { $income }. Bu, { $limit } olan sınırdan { $overBy } fazla.
why-debt-help-no-income-limit = Borçlarınız için yardım alıyorsunuz. Bu durumda bu destek için gelir sınırı yoktur.
why-debt-help-unknown = Geliriniz sınırın üzerinde. Borçlarınız için yardım (schuldhulpverlening veya WSNP) alıyor musunuz? O zaman bu desteği belki yine de alabilirsiniz.
why-no-child-in-age-range = Evinizde { $min } ile { $max } yaş arasında bir çocuk yok.
why-age-below = { $minAge } yaşından küçüksünüz.
why-aow-age = AOW yaşına geldiniz.
why-assets-above-limit = Birikiminiz ve mal varlığınız { $limit } tutarından fazla.
why-assets-unknown = Bu, birikiminize ve mal varlığınıza bağlı. Sınır: { $limit }.
why-student = Studiefinanciering alıyorsunuz.
why-student-unknown = Bu, studiefinanciering alıp almadığınıza bağlı.
why-short-low-income = Geliriniz 3 yıldan daha kısa süredir düşük.
why-low-income-3-years-unknown = Bu, gelirinizin ne kadar süredir düşük olduğuna bağlı.
why-capacity-test-needed = Belediye önce ne kadarını kendiniz ödeyebileceğinize bakar.

regeling-kindpakket = 18 yaşından küçük çocuklarınız için para: örneğin okul gezisi, bisiklet, bilgisayar, müzik dersi, yüzme diploması A (zwemdiploma A), okul masrafları ve üyelikler için.
regeling-iit = Geliriniz uzun zamandır düşükse, her yıl bir miktar para.
regeling-czm = Belediye aracılığıyla Zilveren Kruis sigorta şirketinden sağlık sigortası. Belediye, ek sigortanın (aanvullende verzekering) priminin bir kısmını her ay öder. Ek sigorta, temel sigortanın (basisverzekering) yanında yapılan ekstra sigortadır.
regeling-jfsc = Çocuğunuzun spor kulübü aidatı veya müzik, dans ya da sanat dersleri. Fon parayı size değil, doğrudan kulübe öder.
regeling-maatschappelijke-activiteiten = Kendiniz için masraflara katkı: örneğin spor kulübü, kütüphane veya bir kurs için.
regeling-computerregeling = Okula giden 9 ile 17 yaş arasındaki çocuğunuz için dizüstü bilgisayar, tablet veya bilgisayar. 5 yılda bir kez.
regeling-energietoeslag-2023 = 2023 yılı için 1.300 € (önce 500 €, sonra 800 €): yüksek enerji masrafları için.
regeling-kwijtschelding = Afvalstoffenheffing ve rioolheffing ödemeniz gerekmez. Bunlar belediyenin çöp ve kanalizasyon vergileridir.
regeling-bijzondere-bijstand = Gerçekten gerekli olan ve kendiniz ödeyemediğiniz ek masraflar için para.

apply-digid-form = heemskerk.nl sitesindeki form ile başvurun. DigiD ile giriş yaparsınız: DigiD, devlet kurumlarının sitelerine giriş kodunuzdur. Tek bir form ile birden fazla desteğe başvurabilirsiniz.
apply-gezondverzekerd = gezondverzekerd.nl sitesinden kaydolun.
apply-intermediair = Bu desteğe kendiniz başvuramazsınız. Başvuruyu sizin için bir aracı kişi (intermediair) yapar. Bu kişi şunlardan biri olabilir: okuldaki öğretmen veya intern begeleider (IB'er, okulun öğrenci destek sorumlusu), Serviceplein, MEE & de Wering veya MET Heemskerk.
apply-automatic-or-digid-form = Belediye gelirinizi zaten biliyor mu? O zaman bu parayı başvurmadan, otomatik olarak alırsınız. Bilmiyorsa, heemskerk.nl sitesindeki form ile DigiD kullanarak başvurun.
apply-tax-office-form = Belediye vergilerinden muafiyet (kwijtschelding) formu ile başvurun.
help-serviceplein = Başvururken yardıma ihtiyacınız var mı? Serviceplein Heemskerk'e gidin. Serviceplein, belediyenin yardım ve danışma masasıdır.
label-link = Web sitesi

summary-heading = Cevaplarınız
summary-partner = Eş veya partner
summary-age = Yaşınız
summary-partner-age = Eşinizin veya partnerinizin yaşı
summary-aow = AOW yaşına geldiniz mi?
summary-partner-aow = Eşiniz veya partneriniz AOW yaşına geldi mi?
summary-children = Evdeki çocuklar
summary-children-none = Yok
summary-income = Net gelir
summary-income-value = { $amount } (her { $period })
summary-assets = Birikim ve mal varlığı sınırın üzerinde mi?
summary-low-income = 3 yıl veya daha uzun süredir düşük gelir
summary-student = Studiefinanciering
summary-debt-help = Borçlar için yardım
summary-children-ages = { $count } (yaşları: { $ages })

# Sonuç kartı, iki dilli görünüm, yanınıza alacaklarınız, aracı kişi modu
card-household = Hane
bring-heading = Yanınıza ne alacaksınız?
bring-intro = Başvuru için bunlara ihtiyacınız var:
bring-none = Bu destekler için yanınıza bir şey almanız gerekmiyor.
doc-digid = DigiD'niz (devlet kurumlarının sitelerine giriş kodunuz)
doc-id = Kimlik belgesi: pasaport, kimlik kartı veya oturma izni belgesi
doc-bank-statements = Bakiyenin göründüğü, son bir aylık banka hesap dökümleri
doc-quote-or-receipt = Almak istediğiniz şeyin fiyat teklifi (offerte) veya fişi
bilingual-on = Hollandacasını da göster
bilingual-off = Sadece kendi dilimde
mode-intermediair = Aracı kişiler için mod
button-next-family = Sonraki aile
compact-heading = Aile bilgileri
