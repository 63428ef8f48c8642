# Regelingencheck Heemskerk: English (plain English for readers of English as a second language).
# The names of the regelingen stay Dutch: they are in the code, and the forms use them.
# Glossary: one term per concept. Own word first, the Dutch word in brackets where letters and
# forms use it. Use exactly these terms in every message.
# regeling = scheme (regeling); plural: schemes (regelingen). Only for the municipality's schemes.
# gemeente = the municipality (gemeente); gemeentehuis = the town hall (gemeentehuis)
# aanvragen = apply (for a scheme); uitkomst = result (not yet a decision)
# bijstand = social assistance (bijstand): the benefit from the municipality
# uitkering = benefit (uitkering): any regular payment from the government, for example bijstand or WW
# bedrag van de bijstand (bijstandsnorm) = social assistance amount (bijstandsnorm): what a household
#   like yours gets per month on social assistance; plural: social assistance amounts (bijstandsnormen)
# grens (inkomensgrens) = the limit; net boven de grens (marge) = only a little above the limit
# netto inkomen = net income: what really comes into your bank account from wages, benefit or pension
# huishouden = household; partner = partner (married or not)
# toeslagen = allowances (toeslagen): healthcare allowance (zorgtoeslag), rent allowance (huurtoeslag), childcare allowance (kinderopvangtoeslag)
# energietoeslag = energy allowance (energietoeslag)
# kinderbijslag = child benefit (kinderbijslag); kindgebonden budget = child-related budget (kindgebonden budget)
# vakantiegeld = holiday pay (vakantiegeld); with a benefit it is often called vakantietoeslag.
#   Not "holiday allowance": "allowance" is the word for toeslagen.
# studiefinanciering = student finance (studiefinanciering): a DUO loan counts too, not only a grant
# AOW = state pension (AOW); AOW-leeftijd = AOW age
# hulp bij schulden = help with debts: schuldhulpverlening (through the municipality) or WSNP (through the court)
# belasting voor afval en riool = waste and sewer tax (afvalstoffenheffing and rioolheffing)
# kwijtschelding = cancelling the tax (kwijtschelding)
# geld en spullen van waarde (vermogen) = money and valuable things
# premie = premium (the monthly amount for an insurance)
# intermediair = intermediary (intermediair): a teacher, the school's pupil-support coordinator
#   (intern begeleider, IB'er) or the Serviceplein, who applies for you
# Serviceplein = the Serviceplein: the municipality's help desk in the town hall (name stays Dutch)
# DigiD = DigiD: your login for the government (name stays Dutch)
# Amounts come from the code as "€1,300" (whole euros without ".00"); write amounts in the text the same way.

app-name = Regelingencheck Heemskerk
app-tagline = Everyone takes part
language-label = Language
skip-link = Skip to content
step-n = Question { $n }
page-title = { $step } – Regelingencheck Heemskerk
result-title = Result – Regelingencheck Heemskerk

button-start = Start
button-next = Next
button-back = Back
button-show-result = See the result
button-change = Change
button-restart = Start again
button-print = Print

start-heading = Which schemes are right for you?
start-intro = Do you have a low income? The municipality (gemeente) of Heemskerk can help. For example with the costs of school, sport and health insurance. Answer a few short questions. Then you will see which schemes (regelingen) you can apply for.
start-time = It takes about 3 minutes.
start-privacy = Your answers stay only on this device. We do not send them anywhere.
start-norms = We use the social assistance amounts (bijstandsnormen) from { $date }.

q-partner = Do you live with a partner?
q-partner-hint = Married or not married: that does not matter.
a-partner-no = No, I live without a partner (with or without children)
a-partner-yes = Yes, I live with a partner
q-age = How old are you?
q-partner-age = How old is your partner?
age-label = Age in years
q-aow = Are you { $age } or older?
q-partner-aow = Is your partner { $age } or older?
q-aow-hint = From that age, people get the state pension (AOW).
aow-age = { $months ->
    [0] { $years } years
    [one] { $years } years and { $months } month
   *[other] { $years } years and { $months } months
  }
a-yes = Yes
a-no = No
a-dont-know = I don't know
q-children = How many children live with you?
q-children-hint = Count all children who live in your home. Also count children aged 18 and over.
children-ages-legend = Ages of the children
child-age-label = Child { $n }: age in years
q-income = How much net income do you get?
q-income-hint = Net is the money that really comes into your bank account from your wages, benefit or pension. Do you have a partner? Add your partner's money too.
income-label = Net income in euros
income-example = For example: 1250 or 1250.50
period-legend = How often do you get this amount?
period-month = month
period-four-weeks = 4 weeks
period-week = week
period-year = year
period-option-month = Every month
period-option-four-weeks = Every 4 weeks
period-option-week = Every week
period-option-year = Per year, with holiday pay (vakantiegeld), as on your annual statement (jaaropgaaf)
income-counts-heading = What counts:
income-counts-wages = wages
income-counts-benefit = benefit (uitkering), such as social assistance (bijstand) or unemployment benefit (WW)
income-counts-pension = pension and state pension (AOW)
income-counts-alimony = alimony for yourself (not for your children)
income-counts-tax-credit = tax credit (heffingskorting): money that your partner without work gets from the tax office (Belastingdienst)
income-not-heading = What does not count:
income-not-child-benefit = child benefit (kinderbijslag) and child-related budget (kindgebonden budget)
income-not-toeslagen = allowances (toeslagen): healthcare allowance (zorgtoeslag), rent allowance (huurtoeslag), childcare allowance (kinderopvangtoeslag)
income-not-holiday-pay = holiday pay (vakantiegeld or vakantietoeslag): extra money once a year, usually in May. Did you choose "Per year"? Then count the holiday pay too.
income-not-children = money that your children earn
income-not-energietoeslag = the energy allowance (energietoeslag)
q-assets = Do you have more than { $limit } in money and valuable things?
q-assets-no-limit = Do you have more money and valuable things than the limit for your household?
q-assets-hint = Add everything up: money in all your bank accounts, savings, and expensive things you could sell, such as a car, gold or jewellery. Do you have a partner? Also count everything your partner has. Not sure? Then choose "I don't know".
q-low-income = Have you had a low income for { $years } years or longer?
q-low-income-hint = For example: you have had a benefit (uitkering) or low wages for { $years } years. And you expect your income to stay low for now.
q-student = Do you get student finance (studiefinanciering)?
q-student-hint = Student finance is money from DUO for your studies. A loan from DUO also counts as student finance.
q-debt-help = Do you get help with debts (schuldhulpverlening or WSNP)?
q-debt-help-hint = Schuldhulpverlening is help with debts through the municipality. WSNP is help with debts through the court.

error-choose = Choose an answer.
error-age-empty = Fill in the age.
error-age-not-number = Fill in the age in digits, for example 34.
error-age-too-high = This age is too high. Fill in an age up to 120.
error-partner-age-under-18 = Your partner must be 18 or older for these schemes. Is your partner younger? Ask the Serviceplein for help.
error-age-under-18 = These schemes are for people aged 18 and over. Are you younger? Ask the Serviceplein for help.
error-child-age = Fill in the age of each child in digits, for example 7. Is a child younger than 1? Then fill in 0.
error-income-empty = Fill in the amount.
error-income-not-a-number = Fill in an amount in digits, for example 1250 or 1250.50.
error-income-negative = Fill in the amount without a minus sign, for example 1250.
error-income-too-many-decimals = Use 1 or 2 digits after the decimal point, for example 1250.50.
error-income-ambiguous = We can read this amount in two ways. Write it like this: 1250 or 1250.50.
error-income-too-large = This amount is too high. Please check it.
panic-message = Sorry, something went wrong in the app. Your answers were not sent anywhere. Please reload the page.

result-heading = Your result
result-indication = This is not yet a decision. The municipality (gemeente) decides when you apply.
result-income = Your income is { $income } per month. That is { $percent } of the social assistance amount (bijstandsnorm) for your household.
result-norms = We use the social assistance amounts (bijstandsnormen) from { $date }.
result-sources = Sources: { $sources }.
result-made-on = Made on { $date }.
group-yes = You can apply
group-maybe = Maybe for you
group-no = Not for you now
verdict-yes = Yes
verdict-maybe = Maybe
verdict-no = No
limit-line = The limit for you is { $limit } per month, without holiday pay. With holiday pay, the limit is { $limitIncl }. That is { $percentage } of the social assistance amount for your household.

why-income-within-limit = Your income is { $income }. That is within the limit of { $limit }.
why-within-margin = Your income is { $income }. That is { $overBy } above the limit of { $limit }. That is only a little above the limit.
why-income-above-limit = Your income is { $income }. That is { $overBy } above the limit of { $limit }.
why-debt-help-no-income-limit = You get help with debts. So for this scheme, your income may be above the limit.
why-debt-help-unknown = Your income is above the limit. Do you get help with debts (schuldhulpverlening or WSNP)? Then you may still get help from this scheme.
why-no-child-in-age-range = No child aged { $min } to { $max } lives with you.
why-no-child-under = No child under { $age } lives with you.
why-age-below = You are younger than { $minAge }.
why-aow-age = You are { $age } or older: the AOW age.
why-assets-above-limit = You have more than { $limit } in money and valuable things.
why-assets-unknown = It depends on how much you have in money and valuable things. The limit is { $limit }.
why-student = You get student finance (studiefinanciering).
why-student-unknown = It depends on whether you get student finance (studiefinanciering).
why-short-low-income = You have had a low income for less than { $years } years.
why-low-income-3-years-unknown = It depends on how long you have had a low income.
why-capacity-test-needed = The municipality first checks what you can pay yourself.

regeling-kindpakket = Money for your children under { $age }. For example for a school trip, a bike, a computer, music lessons, swimming lessons for diploma A (zwemdiploma A) or school supplies.
regeling-iit = A yearly amount if you have had a low income for a long time.
regeling-czm = Health insurance with Zilveren Kruis, through the municipality. It includes supplementary insurance (aanvullende verzekering). That is extra insurance on top of the basic insurance (basisverzekering). Every month, the municipality pays part of the premium (the monthly amount) for this extra insurance.
regeling-jfsc = The fund pays for the sports club, or for lessons in music, dance or art, for your child. The money goes straight to the club.
regeling-maatschappelijke-activiteiten = Money for yourself. For example for a sports club, the library or a course.
regeling-computerregeling = A laptop, tablet or computer for your school child aged { $min } to { $max }. You can get this once every 5 years.
regeling-energietoeslag-2023 = Money for the high energy costs in { $year }: { $total }. First { $advance }, then { $rest }.
regeling-kwijtschelding = You pay no waste and sewer tax (afvalstoffenheffing and rioolheffing). This is only possible if the municipality approves your application.
regeling-bijzondere-bijstand = Money for extra costs that are really necessary, but too high to pay yourself. The municipality decides if you get it. Apply before you buy anything.

help-serviceplein = Go to the Serviceplein in the town hall (gemeentehuis), or call the municipality.

summary-heading = Your answers
summary-partner = Partner
summary-age = Your age
summary-partner-age = Partner's age
summary-aow = Reached AOW age
summary-partner-aow = Partner reached AOW age
summary-children = Children at home
summary-children-none = None
summary-income = Net income
summary-income-value = { $amount } per { $period }
summary-assets = More money and valuable things than the limit
summary-low-income = Low income for { $years } years or longer
summary-student = Student finance
summary-debt-help = Help with debts
summary-children-ages = { $count } ({ $count ->
    [one] age
   *[other] ages
  }: { $ages })

# Result card, bilingual view, what to have ready, intermediary mode
doc-digid = DigiD
doc-id = passport, ID card or residence document
doc-bank-statements = bank statements for the last month, with balance
doc-quote-or-receipt = a quote (offerte) or receipt for what you need
bilingual-on = Also show in Dutch
bilingual-off = Show only in my language
mode-intermediair = Intermediary mode
button-next-family = Next family
compact-heading = Family details

# The result: first what you need to do, then the schemes
result-income-converted = You filled in: { $amount } per { $period }. That is { $perMonth } per month.
result-income-converted-year = You filled in: { $amount } per year, with holiday pay (vakantiegeld). That is { $perMonth } per month, with holiday pay.
todo-heading = What do you need to do?
route-digid-form = Fill in one form on heemskerk.nl. You log in with DigiD.
route-gezondverzekerd = Sign up at gezondverzekerd.nl.
route-intermediair = Ask your child's teacher, the pupil-support coordinator (intern begeleider, IB'er) or the Serviceplein. They apply for you.
route-automatic-or-digid-form = Do you get social assistance (bijstand)? Then it comes automatically. If not: use the form on heemskerk.nl, with DigiD.
route-tax-office-form = Apply with the form for cancelling the tax (kwijtschelding).
route-bijzondere-bijstand-form = Apply on heemskerk.nl, with DigiD, before you buy anything.
route-documents = Make sure you have this ready:
help-heading = Need help, or no DigiD?
help-phone = Call { $phone }
link-new-tab = (opens in a new tab)
distance-below = { $amount } below the limit
distance-at-limit = Exactly at the limit
distance-within-margin = Only { $amount } above the limit
distance-above = { $amount } above the limit
distance-no-limit = No income limit, because you get help with debts
apply-anyway = Apply anyway. The municipality decides.
more-details = Details
group-no-show = See these schemes
children-none = Schemes for children: no children under 18 live with you.
short-kindpakket = Money for your children's school, sport and outings.
short-iit = A yearly amount if you have had a low income for a long time.
short-czm = Health insurance. The municipality pays part of it.
short-jfsc = The fund pays for your child's sports club or lessons.
short-maatschappelijke-activiteiten = Money for yourself: sports club, library or course.
short-computerregeling = A laptop, tablet or computer for your school child.
short-energietoeslag-2023 = Money for the high energy costs of { $year }.
short-kwijtschelding = No waste and sewer tax, if the municipality approves.
short-bijzondere-bijstand = Money for extra costs that are really necessary, if the municipality approves it.
confirm-wipe = Do you want to erase all answers?
button-wipe = Yes, erase everything
button-keep = No, go back

# Printing
amounts-from = Amounts from { $date }
stale-norms = This check uses the amounts from { $date }. Your result may be different now. Ask the Serviceplein.
regeling-ended = This scheme has ended. You can no longer apply for it.

# Intermediary mode
error-summary-heading = These questions still need an answer
not-needed = Not needed for this family
hint-toggle = Explanation
overview-heading = Overview
column-regeling = Scheme
column-verdict = Result
column-reason = Main reason
column-apply = How to apply
apply-jfsc-intermediair = Register the child at jeugdfondssportencultuur.nl with your intermediary account. The fund asks for no proof: you estimate the income yourself.
route-short-digid-form = Form on heemskerk.nl, with DigiD
route-short-gezondverzekerd = Sign up at gezondverzekerd.nl
route-short-intermediair = Through an intermediary
route-short-automatic-or-digid-form = Automatic with social assistance (bijstand), otherwise form with DigiD
route-short-tax-office-form = Form for kwijtschelding
route-short-bijzondere-bijstand-form = Form for bijzondere bijstand, with DigiD
