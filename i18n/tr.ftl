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
step-n = Soru { $n }
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
children-ages-legend = Çocukların yaşları
child-age-label = { $n }. çocuğun yaşı
q-income = Evinize toplam ne kadar net para giriyor?
q-income-hint = Net: banka hesabınıza gerçekten yatan para. Eşiniz veya partneriniz var mı? Onun parasını da ekleyin.
income-label = Net gelir (euro)
income-example = Örnek: 1250 veya 1.250,50
period-legend = Bu tutarı ne sıklıkla alıyorsunuz?
period-month = ay
period-four-weeks = 4 hafta
period-week = hafta
period-year = yıl
period-option-month = Her ay
period-option-four-weeks = Her 4 haftada bir
period-option-week = Her hafta
period-option-year = Yıllık, tatil parası (vakantiegeld) dahil: yıllık gelir belgenizdeki (jaaropgaaf) tutar
income-counts-heading = Gelire dahil olanlar:
income-counts-wages = maaş
income-counts-benefit = ödenek (uitkering)
income-counts-pension = emekli maaşı ve AOW
income-counts-alimony = kendiniz için aldığınız nafaka (çocuklarınız için olan değil)
income-counts-tax-credit = vergi indirimi (heffingskorting): çalışmayan eşinizin veya partnerinizin vergi dairesinden (Belastingdienst) aldığı para
income-not-heading = Gelire dahil olmayanlar:
income-not-child-benefit = çocuk parası (kinderbijslag) ve çocuklu ailelere ek para (kindgebonden budget)
income-not-toeslagen = yardımlar (toeslagen): sağlık sigortası yardımı (zorgtoeslag), kira yardımı (huurtoeslag), kreş yardımı (kinderopvangtoeslag)
income-not-holiday-pay = tatil parası (vakantiegeld): yılda bir kez, genellikle mayıs ayında gelen ek para ("Yıllık" seçeneğini seçtiyseniz bunu da ekleyin)
income-not-children = çocuklarınızın kazandığı para
income-not-energietoeslag = enerji yardımı (energietoeslag)
q-assets = Paranız ve değerli eşyalarınız toplam { $limit } tutarından fazla mı?
q-assets-no-limit = Paranız ve değerli eşyalarınız haneniz için geçerli sınırdan fazla mı?
q-assets-hint = Her şeyi toplayın: bütün banka hesaplarınızdaki para, birikiminiz, altınlarınız ve satabileceğiniz pahalı eşyalar (örneğin araba veya takılar). Eşiniz veya partneriniz var mı? Onun her şeyini de ekleyin. Emin değil misiniz? O zaman "Bilmiyorum" seçeneğini seçin.
q-low-income = Geliriniz 3 yıldır veya daha uzun süredir düşük mü?
q-low-income-hint = Örneğin uitkering (ödenek) veya düşük bir maaş alıyorsunuz ve gelirinizin artmasını beklemiyorsunuz.
q-student = Studiefinanciering (öğrenim parası) alıyor musunuz?
q-student-hint = Studiefinanciering, DUO'nun okuyan kişilere verdiği paradır. DUO'dan alınan kredi (borç) de studiefinanciering sayılır.
q-debt-help = Borçlarınız için yardım alıyor musunuz (schuldhulpverlening veya WSNP)?
q-debt-help-hint = Schuldhulpverlening: belediye aracılığıyla borçlar için yardım. WSNP: mahkeme aracılığıyla yapılan borç düzenlemesi.

error-choose = Bir cevap seçin.
error-age-empty = Yaşı yazın.
error-age-not-number = Yaşı rakamla yazın, örneğin 34.
error-age-too-high = Bu yaş doğru olamaz. En fazla 120 yazabilirsiniz.
error-partner-age-under-18 = Bu destekler için eşinizin veya partnerinizin 18 yaşında veya daha büyük olması gerekir. Eşiniz veya partneriniz daha mı küçük? Yardım için Serviceplein'e başvurun.
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
result-indication = Bu henüz bir karar değil. Başvurduğunuzda belediye (gemeente) karar verir.
result-income = Geliriniz ayda { $income }. Bu tutar, haneniz için geçerli sosyal yardım tutarının (bijstandsnorm) { $percent } oranına denk gelir.
result-norms = { $date } tarihinden itibaren geçerli olan bijstandsnormen (sosyal yardım tutarları) ile hesaplandı.
result-sources = Kaynaklar: { $sources }.
result-made-on = Oluşturulma tarihi: { $date }.
group-yes = Başvurabilirsiniz
group-maybe = Belki size uygun
group-no = Şu an sizin için değil
verdict-yes = Evet
verdict-maybe = Belki
verdict-no = Hayır
limit-line = Sınır: tatil parası hariç ayda { $limit }. Tatil parası dahil sınır: { $limitIncl }. Bu sınır, sosyal yardım tutarının { $percentage } oranına denk gelir.

why-income-within-limit = Geliriniz { $income }. Bu, { $limit } olan sınırın üzerinde değil.
why-within-margin = Geliriniz { $income }. Bu, { $limit } olan sınırdan { $overBy } fazla. Yani sınırın biraz üzerinde.
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
regeling-kwijtschelding = Belediye başvurunuzu onaylarsa, çöp vergisini (afvalstoffenheffing) ve kanalizasyon vergisini (rioolheffing) ödemezsiniz. Bunlar belediyenin vergileridir.
regeling-bijzondere-bijstand = Gerçekten gerekli olan ve kendiniz ödeyemediğiniz ek masraflar için para. Belediye başvurunuzu onaylarsa bu parayı alırsınız. Bir şey satın almadan önce başvurun.

help-serviceplein = Belediye binasındaki (gemeentehuis) Serviceplein'e gidin veya belediyeyi arayın.

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
doc-digid = DigiD
doc-id = pasaport, kimlik kartı veya oturma izni
doc-bank-statements = son bir ayın banka dökümleri, bakiyesiyle
doc-quote-or-receipt = ihtiyacınız olan şeyin fiyat teklifi (offerte) veya fişi
bilingual-on = Hollandacasını da göster
bilingual-off = Sadece kendi dilimde
mode-intermediair = Aracı kişiler için mod
button-next-family = Sonraki aile
compact-heading = Aile bilgileri

# Sonuç: önce yapmanız gerekenler, sonra destekler
result-income-converted = Yazdığınız tutar: { $amount } (her { $period }). Bu, ayda { $perMonth } eder.
result-income-converted-year = Yazdığınız tutar: yılda { $amount }, tatil parası (vakantiegeld) dahil. Bu, tatil parası dahil ayda { $perMonth } eder.
todo-heading = Ne yapmanız gerekiyor?
route-digid-form = heemskerk.nl'de tek bir form doldurun. DigiD ile giriş yaparsınız.
route-gezondverzekerd = gezondverzekerd.nl sitesinden kaydolun.
route-intermediair = Öğretmene, okuldaki öğrenci destek sorumlusuna (intern begeleider, IB'er) veya Serviceplein'e sorun. Onlar sizin için başvurur.
route-automatic-or-digid-form = Sosyal yardım (bijstand) alıyor musunuz? O zaman bunu kendiliğinden alırsınız. Yoksa: heemskerk.nl'deki form, DigiD ile.
route-tax-office-form = Belediye vergilerinden muafiyet (kwijtschelding) formu ile başvurun.
route-bijzondere-bijstand-form = heemskerk.nl sitesindeki form, DigiD ile. Bir şey satın almadan önce başvurun.
route-documents = Bunları hazır bulundurun:
help-heading = Yardıma mı ihtiyacınız var? DigiD'niz yok mu?
help-phone = { $phone } numarasını arayın
distance-below = Sınırın { $amount } altında
distance-at-limit = Tam sınırda
distance-within-margin = Sınırın { $amount } üzerinde, ama tolerans payı içinde
distance-above = Sınırın { $amount } üzerinde
distance-no-limit = Gelir sınırı yok, çünkü borçlarınız için yardım alıyorsunuz
apply-anyway = Yine de başvurun. Kararı belediye verir.
more-details = Ayrıntılar
group-no-show = Bu destekleri göster
children-none = Çocuklar için destekler: evinizde 18 yaşından küçük çocuk yaşamıyor.
short-kindpakket = Çocuklarınızın okul, spor ve gezi masrafları için para.
short-iit = Geliriniz uzun zamandır düşükse, her yıl bir miktar para.
short-czm = Belediyenin bir kısmını ödediği sağlık sigortası.
short-jfsc = Fon, çocuğunuzun spor kulübünü veya dersini öder.
short-maatschappelijke-activiteiten = Kendiniz için para: spor kulübü, kütüphane veya kurs.
short-computerregeling = Okula giden çocuğunuz için dizüstü bilgisayar, tablet veya bilgisayar.
short-energietoeslag-2023 = 2023 yılındaki yüksek enerji masrafları için para.
short-kwijtschelding = Belediye başvurunuzu onaylarsa, çöp ve kanalizasyon vergisi ödemezsiniz.
short-bijzondere-bijstand = Gerçekten gerekli ek masraflar için para. Belediye başvurunuzu onaylarsa alırsınız.
confirm-wipe = Bütün cevapları silmek istiyor musunuz?
button-wipe = Evet, hepsini sil
button-keep = Hayır, geri dön

# Yazdırma
amounts-from = { $date } tarihinden itibaren geçerli tutarlar

# Aracı kişi modu
error-summary-heading = Bu sorular henüz cevaplanmadı
not-needed = Bu aile için gerekli değil
hint-toggle = Açıklama
overview-heading = Genel bakış
column-regeling = Destek
column-verdict = Sonuç
column-reason = En önemli neden
column-apply = Nasıl başvurulur
apply-jfsc-intermediair = Çocuğu, aracı kişi (intermediair) hesabınızla jeugdfondssportencultuur.nl sitesine kaydedin. Fon belge istemez: geliri kendiniz tahmin edersiniz.
route-short-digid-form = heemskerk.nl'deki form, DigiD ile
route-short-gezondverzekerd = gezondverzekerd.nl'de kayıt
route-short-intermediair = Aracı kişi (intermediair) üzerinden
route-short-automatic-or-digid-form = Sosyal yardım (bijstand) alana otomatik, diğerlerine DigiD ile form
route-short-tax-office-form = Kwijtschelding formu
route-short-bijzondere-bijstand-form = Bijzondere bijstand formu, DigiD ile
