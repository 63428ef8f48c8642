# Regelingencheck Heemskerk: Türkçe ("siz" hitabı, sade dil).
# Desteklerin (regelingen) adları Hollandaca kalır; kodun içindedirler.
# Para ve tarih değişkenlerine ek getirmeyin: "{ $limit } olan sınır", "{ $date } tarihinden".
# Para biçimi Türkçede "1.300 €" (sayı ile € arasında bölünmez boşluk); kod da böyle yazar.
# Sözlük: her kavram için tek bir kelime. Önce Türkçe kelime, mektuplarda ve formlarda geçiyorsa
# parantez içinde Hollandaca kelime. Her mesajda tam olarak bu kelimeleri kullanın.
# regeling = destek (regeling); çoğul: destekler (regelingen). Sadece belediyenin destekleri için.
# gemeente = belediye (gemeente); gemeentehuis = belediye binası (gemeentehuis)
# aanvragen = başvurmak (bir desteğe); uitkomst = sonuç (henüz karar değil)
# bijstand = sosyal yardım (bijstand): belediyenin verdiği aylık para
# uitkering = ödenek (uitkering): devletten düzenli gelen para, örneğin sosyal yardım veya işsizlik parası (WW)
# bedrag van de bijstand (bijstandsnorm) = sosyal yardım tutarı (bijstandsnorm): sizin gibi bir
#   hanenin sosyal yardımdan her ay aldığı para; çoğul: sosyal yardım tutarları (bijstandsnormen)
# grens (inkomensgrens) = sınır; net boven de grens (marge) = sınırın sadece biraz üzerinde
# netto inkomen = net gelir: maaş, ödenek veya emekli maaşından banka hesabınıza gerçekten yatan para
# huishouden = hane; partner = eş veya partner
# toeslagen = yardımlar (toeslagen): sağlık sigortası yardımı (zorgtoeslag), kira yardımı (huurtoeslag), kreş yardımı (kinderopvangtoeslag)
# energietoeslag = enerji yardımı (energietoeslag)
# kinderbijslag = çocuk parası (kinderbijslag); kindgebonden budget = çocuklu ailelere ek para (kindgebonden budget)
# vakantiegeld = tatil parası (vakantiegeld); ödenek alanlarda adı çoğu zaman vakantietoeslag
# studiefinanciering = öğrenim parası (studiefinanciering): DUO kredisi (borç) de sayılır
# AOW = devlet emekli maaşı (AOW); AOW-leeftijd = AOW yaşı
# hulp bij schulden = borçlar için yardım: schuldhulpverlening (belediye aracılığıyla) veya WSNP (mahkeme aracılığıyla)
# belasting voor afval en riool = çöp ve kanalizasyon vergisi (afvalstoffenheffing ve rioolheffing)
# kwijtschelding = vergi muafiyeti (kwijtschelding): bu vergiyi ödememeniz
# geld en spullen van waarde (vermogen) = para ve değerli eşyalar
# premie = prim (sigorta için her ay ödenen para)
# intermediair = aracı kişi (intermediair): sizin için başvuran öğretmen, okulun destek
#   sorumlusu (intern begeleider, IB'er) veya Serviceplein
# Serviceplein = Serviceplein: belediye binasındaki yardım masası (adı Hollandaca kalır)
# DigiD = DigiD: devlet sitelerine giriş kodunuz (adı Hollandaca kalır)
# "başvurmak" yalnızca bir desteğe başvurmak içindir; yardım için "yardım isteyin" yazın.

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
start-intro = Geliriniz düşük mü? Heemskerk Belediyesi (gemeente) size yardım edebilir. Örneğin okul, spor ve sağlık sigortası masraflarında. Birkaç kısa soruyu cevaplayın. Sonra hangi desteklere (regelingen) başvurabileceğinizi görürsünüz.
start-time = Yaklaşık 3 dakika sürer.
start-privacy = Cevaplarınız sadece bu cihazda kalır. Onları hiçbir yere göndermiyoruz.
start-norms = { $date } tarihinden itibaren geçerli sosyal yardım tutarlarıyla (bijstandsnormen) hesaplıyoruz.

q-partner = Bir eş veya partnerle birlikte mi yaşıyorsunuz?
q-partner-hint = Evli olup olmamanız fark etmez.
a-partner-no = Hayır, eş veya partner olmadan yaşıyorum (çocuklu veya çocuksuz)
a-partner-yes = Evet, eşim veya partnerimle yaşıyorum
q-age = Kaç yaşındasınız?
q-partner-age = Eşiniz veya partneriniz kaç yaşında?
age-label = Yaş
q-aow = { $age } veya daha büyük müsünüz?
q-partner-aow = Eşiniz veya partneriniz { $age } veya daha büyük mü?
q-aow-hint = Bu yaştan itibaren devlet emekli maaşı (AOW) alınır.
aow-age = { $months ->
    [0] { $years } yaş
   *[other] { $years } yaş { $months } ay
  }
a-yes = Evet
a-no = Hayır
a-dont-know = Bilmiyorum
q-children = Evinizde kaç çocuk yaşıyor?
q-children-hint = Sizinle aynı evde yaşayan bütün çocukları sayın. 18 yaşında ve daha büyük olanları da sayın.
children-ages-legend = Çocukların yaşları
child-age-label = { $n }. çocuğun yaşı
q-income = Net geliriniz ne kadar?
q-income-hint = Net gelir: maaşınızdan, ödeneğinizden veya emekli maaşınızdan banka hesabınıza gerçekten yatan para. Eşiniz veya partneriniz var mı? Onun parasını da ekleyin.
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
income-counts-benefit = ödenek (uitkering), örneğin sosyal yardım (bijstand) veya işsizlik parası (WW)
income-counts-pension = emekli maaşı ve devlet emekli maaşı (AOW)
income-counts-alimony = kendiniz için aldığınız nafaka (çocuklarınız için olan değil)
income-counts-tax-credit = vergi indirimi (heffingskorting): çalışmayan eşinizin veya partnerinizin vergi dairesinden (Belastingdienst) aldığı para
income-not-heading = Gelire dahil olmayanlar:
income-not-child-benefit = çocuk parası (kinderbijslag) ve çocuklu ailelere ek para (kindgebonden budget)
income-not-toeslagen = yardımlar (toeslagen): sağlık sigortası yardımı (zorgtoeslag), kira yardımı (huurtoeslag), kreş yardımı (kinderopvangtoeslag)
income-not-holiday-pay = tatil parası (vakantiegeld veya vakantietoeslag): yılda bir kez, genellikle mayıs ayında gelen ek para. "Yıllık" seçeneğini mi seçtiniz? O zaman tatil parasını da ekleyin.
income-not-children = çocuklarınızın kazandığı para
income-not-energietoeslag = enerji yardımı (energietoeslag)
q-assets = Paranız ve değerli eşyalarınız toplam { $limit } tutarından fazla mı?
q-assets-no-limit = Paranız ve değerli eşyalarınız haneniz için geçerli sınırdan fazla mı?
q-assets-hint = Her şeyi toplayın: bütün banka hesaplarınızdaki para, birikiminiz, altınlarınız ve satabileceğiniz pahalı eşyalar (örneğin araba veya takılar). Eşiniz veya partneriniz var mı? Onun her şeyini de ekleyin. Emin değil misiniz? O zaman "Bilmiyorum" seçeneğini seçin.
q-low-income = Geliriniz en az { $years } yıldır düşük mü?
q-low-income-hint = Örneğin: { $years } yıldır ödenek (uitkering) veya düşük bir maaş alıyorsunuz. Ve gelirinizin bir süre daha düşük kalacağını düşünüyorsunuz.
q-student = Öğrenim parası (studiefinanciering) alıyor musunuz?
q-student-hint = Öğrenim parası, DUO'nun öğrencilere verdiği paradır. DUO'dan alınan kredi (borç) de öğrenim parası sayılır.
q-debt-help = Borçlarınız için yardım (schuldhulpverlening veya WSNP) alıyor musunuz?
q-debt-help-hint = Schuldhulpverlening: belediye aracılığıyla borçlar için yardım. WSNP: mahkeme aracılığıyla yapılan borç düzenlemesi.

error-choose = Bir cevap seçin.
error-age-empty = Yaşı yazın.
error-age-not-number = Yaşı rakamla yazın, örneğin 34.
error-age-too-high = Bu yaş çok yüksek. En fazla 120 yazın.
error-partner-age-under-18 = Bu destekler için eşinizin veya partnerinizin 18 yaşında veya daha büyük olması gerekir. Eşiniz veya partneriniz daha mı küçük? Serviceplein'den yardım isteyin.
error-age-under-18 = Bu destekler 18 yaş ve üzeri kişiler içindir. 18 yaşından küçük müsünüz? Serviceplein'den yardım isteyin.
error-child-age = Her çocuğun yaşını rakamla yazın, örneğin 7. Çocuk 1 yaşından küçük mü? O zaman 0 yazın.
error-income-empty = Tutarı yazın.
error-income-not-a-number = Tutarı rakamla yazın, örneğin 1250 veya 1.250,50.
error-income-negative = Tutarı eksi işareti olmadan yazın, örneğin 1250.
error-income-too-many-decimals = Virgülden sonra 1 veya 2 rakam yazın, örneğin 1.250,50.
error-income-ambiguous = Bu tutarı iki şekilde okuyabiliriz. Şöyle yazın: 1250 veya 1.250,50.
error-income-too-large = Bu tutar çok yüksek. Lütfen tutarı tekrar kontrol edin.
panic-message = Özür dileriz, uygulamada bir hata oldu. Cevaplarınız hiçbir yere gönderilmedi. Lütfen sayfayı yeniden yükleyin.

result-heading = Sonucunuz
result-indication = Bu henüz bir karar değil. Başvurduğunuzda belediye (gemeente) karar verir.
result-income = Geliriniz ayda { $income }. Bu, haneniz için sosyal yardım tutarının (bijstandsnorm) { $percent } kadarıdır.
result-norms = { $date } tarihinden itibaren geçerli sosyal yardım tutarlarıyla (bijstandsnormen) hesaplıyoruz.
result-sources = Kaynaklar: { $sources }.
result-made-on = Oluşturulma tarihi: { $date }.
group-yes = Başvurabilirsiniz
group-maybe = Belki size uygun
group-no = Şu an sizin için değil
verdict-yes = Evet
verdict-maybe = Belki
verdict-no = Hayır
limit-line = Sizin için sınır: tatil parası hariç ayda { $limit }. Tatil parası dahil sınır: { $limitIncl }. Bu, haneniz için sosyal yardım tutarının { $percentage } kadarıdır.

why-income-within-limit = Geliriniz { $income }. Bu, { $limit } olan sınırın içinde.
why-within-margin = Geliriniz { $income }. Bu, { $limit } olan sınırdan { $overBy } fazla. Yani sınırın sadece biraz üzerinde.
why-income-above-limit = Geliriniz { $income }. Bu, { $limit } olan sınırdan { $overBy } fazla.
why-debt-help-no-income-limit = Borçlarınız için yardım alıyorsunuz. O zaman bu destek için geliriniz sınırın üzerinde de olabilir.
why-debt-help-unknown = Geliriniz sınırın üzerinde. Borçlarınız için yardım (schuldhulpverlening veya WSNP) alıyor musunuz? O zaman bu desteği belki yine de alabilirsiniz.
why-no-child-in-age-range = Evinizde { $min } ile { $max } yaş arasında bir çocuk yok.
why-no-child-under = Evinizde { $age } yaşından küçük çocuk yok.
why-age-below = { $minAge } yaşından küçüksünüz.
why-aow-age = { $age } veya daha büyüksünüz: AOW yaşına geldiniz.
why-assets-above-limit = Paranız ve değerli eşyalarınız { $limit } tutarından fazla.
why-assets-unknown = Bu, ne kadar paranız ve değerli eşyanız olduğuna bağlı. Sınır: { $limit }.
why-student = Öğrenim parası (studiefinanciering) alıyorsunuz.
why-student-unknown = Bu, öğrenim parası (studiefinanciering) alıp almadığınıza bağlı.
why-short-low-income = Geliriniz { $years } yıldan daha kısa süredir düşük.
why-low-income-3-years-unknown = Bu, gelirinizin ne kadar süredir düşük olduğuna bağlı.
why-capacity-test-needed = Belediye önce sizin ne kadar ödeyebileceğinize bakar.

regeling-kindpakket = { $age } yaşından küçük çocuklarınız için para. Örneğin okul gezisi, bisiklet, bilgisayar, müzik dersi, A yüzme diploması için yüzme kursu (zwemdiploma A) veya okul eşyaları için.
regeling-iit = Geliriniz uzun zamandır düşükse, her yıl bir miktar para.
regeling-czm = Belediye aracılığıyla Zilveren Kruis sigorta şirketinden sağlık sigortası. Bu sigortada ek sigorta (aanvullende verzekering) da var. Ek sigorta, temel sigortanın (basisverzekering) yanında ekstra bir sigortadır. Belediye her ay bu ek sigortanın priminin (aylık ödemenin) bir kısmını öder.
regeling-jfsc = Fon, çocuğunuzun spor kulübünü veya müzik, dans ya da sanat dersini öder. Para doğrudan kulübe gider.
regeling-maatschappelijke-activiteiten = Kendiniz için para. Örneğin spor kulübü, kütüphane veya bir kurs için.
regeling-computerregeling = Okula giden { $min }-{ $max } yaşındaki çocuğunuz için dizüstü bilgisayar, tablet veya bilgisayar. Bunu 5 yılda bir kez alabilirsiniz.
regeling-energietoeslag-2023 = { $year } yılındaki yüksek enerji masrafları için para: { $total }. Önce { $advance }, sonra { $rest }.
regeling-kwijtschelding = Çöp ve kanalizasyon vergisini (afvalstoffenheffing ve rioolheffing) ödemeniz gerekmez. Ama bunun için belediyenin başvurunuzu onaylaması gerekir.
regeling-bijzondere-bijstand = Gerçekten gerekli ek masraflar için para. Masraf, kendiniz ödeyemeyeceğiniz kadar yüksek olmalı. Bu parayı alıp almayacağınıza belediye karar verir. Bir şey satın almadan önce başvurun.

help-serviceplein = Belediye binasındaki (gemeentehuis) Serviceplein'e gidin veya belediyeyi arayın.

summary-heading = Cevaplarınız
summary-partner = Eş veya partner
summary-age = Yaşınız
summary-partner-age = Eşinizin veya partnerinizin yaşı
summary-aow = AOW yaşına gelmiş
summary-partner-aow = Eşiniz veya partneriniz AOW yaşına gelmiş
summary-children = Evdeki çocuklar
summary-children-none = Yok
summary-income = Net gelir
summary-income-value = { $amount } (her { $period })
summary-assets = Sınırdan fazla para ve değerli eşya
summary-low-income = En az { $years } yıldır düşük gelir
summary-student = Öğrenim parası
summary-debt-help = Borçlar için yardım
summary-children-ages = { $count } ({ $count ->
    [one] yaşı
   *[other] yaşları
  }: { $ages })

# Sonuç kartı, iki dilli görünüm, hazır bulunduracaklarınız, aracı kişi modu
doc-digid = DigiD
doc-id = pasaport, kimlik kartı veya oturma izni
doc-bank-statements = son bir ayın banka dökümleri, bakiyesiyle
doc-quote-or-receipt = ihtiyacınız olan şeyin fiyat teklifi (offerte) veya fişi
bilingual-on = Hollandacasını da göster
bilingual-off = Sadece kendi dilimde göster
mode-intermediair = Aracı kişiler için mod
button-next-family = Sonraki aile
compact-heading = Aile bilgileri

# Sonuç: önce yapmanız gerekenler, sonra destekler
result-income-converted = Yazdığınız tutar: { $amount } (her { $period }). Bu, ayda { $perMonth } eder.
result-income-converted-year = Yazdığınız tutar: yılda { $amount }, tatil parası (vakantiegeld) dahil. Bu, tatil parası dahil ayda { $perMonth } eder.
todo-heading = Ne yapmanız gerekiyor?
route-digid-form = heemskerk.nl'de tek bir form doldurun. DigiD ile giriş yaparsınız.
route-gezondverzekerd = gezondverzekerd.nl sitesinden kaydolun.
route-intermediair = Çocuğunuzun öğretmenine, okulun destek sorumlusuna (intern begeleider, IB'er) veya Serviceplein'e sorun. Başvuruyu onlar yapar.
route-automatic-or-digid-form = Sosyal yardım (bijstand) alıyor musunuz? O zaman başvurmadan alırsınız. Yoksa heemskerk.nl'de DigiD ile başvurun.
route-tax-office-form = Vergi muafiyeti (kwijtschelding) formu ile başvurun.
route-bijzondere-bijstand-form = Bir şey satın almadan önce heemskerk.nl'de DigiD ile başvurun.
route-documents = Bunları hazır bulundurun:
help-heading = Yardıma mı ihtiyacınız var? DigiD'niz yok mu?
help-phone = { $phone } numarasını arayın
link-new-tab = (yeni sekmede açılır)
distance-below = Sınırın { $amount } altında
distance-at-limit = Tam sınırda
distance-within-margin = Sınırın sadece { $amount } üzerinde
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
short-energietoeslag-2023 = { $year } yılındaki yüksek enerji masrafları için para.
short-kwijtschelding = Belediye onaylarsa çöp ve kanalizasyon vergisi ödemeniz gerekmez.
short-bijzondere-bijstand = Gerçekten gerekli ek masraflar için para, belediye onaylarsa.
confirm-wipe = Bütün cevapları silmek istiyor musunuz?
button-wipe = Evet, hepsini sil
button-keep = Hayır, geri dön

# Yazdırma
amounts-from = { $date } tarihinden itibaren geçerli tutarlar
stale-norms = Bu kontrol { $date } tarihindeki tutarlarla hesaplıyor. Sonucunuz şimdi farklı olabilir. Serviceplein'e sorun.
regeling-ended = Bu destek sona erdi. Artık başvuru yapılamıyor.

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
