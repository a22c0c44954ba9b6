"""A tiny DOCX writer for the gold set: a title, headings, paragraphs and list items, with python-docx.

Run ``python tests/extraction/docxgen.py`` to rebuild the gold DOCX files from :data:`GOLD_DOCX`. The bytes carry
a timestamp, so the test compares the text read back, not the bytes.
"""

from __future__ import annotations

import io

FRENCH_JAPAN = (
    ("title", "Contribution du Japon à la lutte contre Daech"),
    ("p", "Le Japon a annoncé en 2016 une aide de 50 millions de dollars pour la reconstruction en Irak."),
    ("p", "Le Japon fournit chaque année près de 30 millions de dollars d'aide humanitaire aux familles déplacées "
          "en Jordanie."),
    ("p", "Des experts japonais ont formé 200 policiers irakiens à Bagdad."),
)

DENMARK_RELEASE = (
    ("title", "Denmark's contribution to stability in Iraq and Syria"),
    ("p", "Denmark will provide DKK 100 mln for stabilisation in Iraq in 2017-18."),
    ("p", "Since the conflict began in 2011, Denmark has given DKK 2.3 bln in humanitarian aid to Syria and its "
          "neighbours."),
    ("p", "The Danish contribution also includes a radar team and up to 180 soldiers at Al Asad Air Base in Iraq."),
    ("p", "Danish support accounts for a 15% increase over last year."),
)

ARABIC_QATAR = (
    ("title", "قطر تقدم دعماً جديداً للعراق"),
    ("p", "الدوحة – قدمت دولة قطر منحة بقيمة ٢٠ مليون دولار لإعادة إعمار المدارس في محافظة نينوى."),
    ("p", "ويأتي هذا الدعم ضمن تعهد قطري سابق بمبلغ مليار دولار."),
    ("p", "وقد بلغ عدد الطلاب المستفيدين ١٥ ألف طالب."),
)

#: Blind round 9 of issue 11: an embassy's news item with a heading and a list item.
ARABIC_UK_DEMINING = (
    ("title", "المملكة المتحدة تعلن عن دعم جديد لإزالة الألغام في العراق"),
    ("p", "بغداد - أعلنت السفارة البريطانية في بغداد اليوم أن المملكة المتحدة ستقدم 7 ملايين جنيه إسترليني لإزالة "
          "المتفجرات من مخلفات الحرب في المناطق المحررة من داعش في العراق خلال عامي 2023 و2024."),
    ("p", "وبذلك يصل إجمالي الدعم البريطاني لبرامج الاستقرار في العراق إلى أكثر من 300 مليون جنيه منذ عام 2014."),
    ("heading", "الوجود العسكري"),
    ("p", "ويخدم حالياً حوالي 400 من أفراد القوات المسلحة البريطانية في العراق ضمن عملية شادر، وقد ساهموا في تدريب "
          "أكثر من 120 ألف عنصر من قوات الأمن العراقية والبيشمركة."),
    ("li", "نفذت الطائرات البريطانية أكثر من 1700 غارة جوية منذ عام 2014."),
)

#: Blind round 10 of issue 11: an embassy's news item, a restatement in dollars and a list under a heading.
JAPAN_JORDAN_GRANT = (
    ("title", "Japan extends grant aid for host communities in Jordan"),
    ("p", "Amman - The Embassy of Japan in Jordan announced that the Government of Japan signed an Exchange of Notes "
          "on grant aid of 1.5 billion yen (approximately 10 million US dollars) with the Government of Jordan to "
          "improve water infrastructure in host communities, as part of Japan's development cooperation."),
    ("p", "The project will benefit about 700,000 Jordanians and Syrian refugees."),
    ("p", "Since 2012, Japan's assistance to Jordan has totalled some US$ 2.7 billion, including concessional yen "
          "loans for budget support."),
    ("heading", "Support to Syrian refugees in Lebanon"),
    ("li", "USD 3.3 million through UNHCR for humanitarian winter relief in the Bekaa Valley"),
    ("li", "JPY 450 million for the World Food Programme's food assistance to refugees in 2023"),
    ("p", "Japan is one of the largest bilateral donors to Jordan, ranking fourth in 2022."),
)

ARABIC_CANADA_JORDAN = (
    ("title", "كندا تقدم 42.5 مليون دولار كندي لدعم الأردن"),
    ("p", "عمّان 5 رمضان 1445 هـ الموافق 15 آذار 2024 (بترا) - وقّعت وزارة التخطيط والتعاون الدولي وسفارة كندا "
          "في عمّان اليوم الجمعة اتفاقيتين تقدم بموجبهما الحكومة الكندية 42.5 مليون دولار كندي للأردن خلال عام 2024 "
          "في مجالي دعم القوات المسلحة والمساعدات الإنسانية للاجئين السوريين."),
    ("heading", "تفاصيل الاتفاقيتين"),
    ("li", "30 مليون دولار كندي لتزويد القوات المسلحة الأردنية بمعدات لمراقبة الحدود الشمالية والشرقية وتدريب عناصرها."),
    ("li", "12.5 مليون دولار كندي للمساعدات الإنسانية للاجئين السوريين في المخيمات والمجتمعات المضيفة."),
    ("p", "وقالت وزيرة التخطيط والتعاون الدولي إن إجمالي المساعدات الكندية للأردن منذ عام 2016 ارتفع إلى ما لا يقل عن "
          "1.2 مليار دولار كندي، مشيرة إلى أن المملكة تستضيف نحو 1.3 مليون سوري، وأن خطة الاستجابة الأردنية للأزمة "
          "السورية لعام 2024 لم تُموَّل حتى الآن إلا بنسبة 7 بالمئة."),
    ("p", "من جانبه، قال السفير الكندي في عمّان إن بلاده تحتفظ بنحو 200 عسكري في الأردن ضمن عملية إمباكت، يعملون مع "
          "القوات المسلحة الأردنية في مجالات التدريب والإسناد اللوجستي، وقد درّب الفريق الكندي منذ عام 2017 أكثر من "
          "3000 عنصر من حرس الحدود."),
    ("p", "وأعلن السفير كذلك عن تخصيص مليوني دولار كندي إضافيين لمشاريع التنمية الاقتصادية للنساء في محافظة المفرق، "
          "يستفيد منها قرابة 1200 امرأة."),
    ("p", "وتأتي الاتفاقيتان تنفيذاً للمادة 4 من مذكرة التفاهم الموقعة بين البلدين عام 2019، والتي تمتد لخمس سنوات، "
          "فيما بلغت نسبة الإنجاز في المشاريع الممولة كندياً العام الماضي 85 بالمئة وفق بيانات الوزارة."),
    ("p", "وأكد الجانبان حرصهما على تعزيز الشراكة بين الأردن وكندا في مجالات الأمن والتنمية والعمل الإنساني، "
          "وتوسيع التعاون في برامج مكافحة الإرهاب ضمن التحالف الدولي ضد داعش."),
    ("p", "(بترا) ع ع / م ح 15:40"),
)

ITALY_AFP_DISPATCH = (
    ("title", "Irak : l'Italie va renforcer son contingent et promet 30 millions d'euros pour Mossoul"),
    ("p", "Publié le 13 janvier 2022 à 14h37"),
    ("p", "BAGDAD (AFP) - L'Italie va porter le nombre de ses soldats en Irak d'environ 900 à quelque 1 100 d'ici "
          "l'été, a annoncé jeudi à Bagdad son ministre de la Défense, qui a aussi promis 30 millions d'euros pour la "
          "reconstruction de Mossoul."),
    ("p", "Les militaires italiens, en majorité des carabiniers, forment la police fédérale irakienne et dirigent "
          "depuis mai la mission de l'Otan en Irak (NMI), qui réunit quelque 4 000 personnels de plusieurs pays."),
    ("p", "Rome a formé depuis 2015 plus de 50 000 membres des forces de sécurité irakiennes, a rappelé le ministre "
          "lors d'une conférence de presse avec son homologue irakien."),
    ("p", "Selon le ministère italien de la Défense, l'Italie fournit par ailleurs quatre hélicoptères NH90 et un "
          "drone Predator basés au Koweït, servis par environ 250 aviateurs."),
    ("p", "Depuis 2014, la coopération italienne a consacré plus de 420 millions d'euros à l'Irak, en aide "
          "humanitaire et en crédits d'aide au développement, selon l'ambassade d'Italie."),
    ("p", "Le ministre a enfin annoncé un million d'euros d'aide humanitaire pour les ONG qui accompagnent le retour "
          "des familles yazidies dans le Sinjar, dans le nord de l'Irak."),
    ("p", "Ces annonces interviennent une semaine après celle de l'Allemagne, qui a promis 45 millions d'euros au "
          "fonds de stabilisation du PNUD, tandis que le Japon a débloqué 33 millions de dollars. Le plan de réponse "
          "humanitaire de l'ONU pour l'Irak, chiffré à 400 millions de dollars pour 2022, n'est financé qu'à 18 %."),
    ("p", "La coalition internationale antijihadiste, qui compte quelque 2 500 soldats américains en Irak, a mis fin "
          "en décembre à sa mission de combat pour se consacrer au conseil et à la formation."),
    ("p", "ab-xx/ila/rb"),
)

GERMANY_WITHDRAWAL_ARTICLE = (
    ("title", "L’Allemagne réduit de moitié sa présence militaire en Irak"),
    ("p", "La Bundeswehr allège son dispositif contre l’organisation Etat islamique, mais Berlin promet de "
          "maintenir son aide civile."),
    ("p", "Par Jeanne Morel (Berlin, correspondance). Publié le 19 octobre 2022 à 11 h 05"),
    ("p", "Berlin va ramener de 600 à 300 militaires ses effectifs engagés en Irak d’ici au printemps, a "
          "annoncé, mercredi 19 octobre, le ministère fédéral de la défense. La décision, préparée depuis l’été, "
          "tient compte de la montée en puissance des forces irakiennes, que les formateurs allemands "
          "accompagnent depuis 2015."),
    ("p", "Le nouveau mandat, que le Bundestag doit voter avant la fin du mois, plafonne la participation "
          "allemande à 350 soldats, contre 500 jusqu’ici. Les députés écologistes, membres de la coalition, "
          "réclamaient depuis longtemps un recentrage sur la formation et le conseil."),
    ("p", "Quelque 200 hommes resteront stationnés sur la base aérienne d’Al-Azraq, en Jordanie, d’où "
          "décollent un avion ravitailleur A400M et deux appareils de reconnaissance. Depuis 2015, les "
          "instructeurs allemands ont formé plus de 20 000 combattants peshmergas et soldats irakiens, et "
          "l’Allemagne a livré quelque 30 000 fusils d’assaut au gouvernement régional du Kurdistan."),
    ("p", "A Washington, où l’on compte environ 2 500 soldats américains en Irak, le Pentagone a pris acte de la "
          "décision sans la commenter."),
    ("heading", "Une aide civile maintenue"),
    ("p", "Sur le plan civil, Berlin entend rester le deuxième bailleur de l’Irak. L’Allemagne a consacré près de "
          "3 milliards d’euros à l’aide humanitaire, à la stabilisation et au développement en Irak depuis 2014, "
          "dont 430 millions d’euros au Fonds de financement de la stabilisation du PNUD."),
    ("p", "« Nous ne quittons pas l’Irak, nous changeons de mission », a assuré la ministre de la défense devant "
          "la presse. Selon un sondage publié en septembre, 61 % des Allemands approuvent la réduction du "
          "contingent."),
)


US_STABILIZATION_MEDIA_NOTE = (
    ("title", "United States Announces More Than $148 Million in Stabilization Assistance for Iraq and Syria"),
    ("p", "MEDIA NOTE"),
    ("p", "OFFICE OF THE SPOKESPERSON"),
    ("p", "May 11, 2022"),
    ("p", "Today in Marrakech, at the Ministerial Meeting of the Global Coalition to Defeat ISIS, the Acting "
          "Coordinator for Counterterrorism announced more than $148 million in new stabilization assistance for "
          "Iraq and Syria, drawing on Fiscal Year 2022 funds. The assistance will help communities liberated from "
          "ISIS restore basic services so that displaced families can return and local authorities can hold the "
          "ground that was won."),
    ("heading", "Fiscal Year 2022 assistance by country"),
    ("li", "Iraq: $64.3 million, including $30 million for the UN Development Programme's Funding Facility for "
           "Stabilization, which has completed more than 3,000 projects in the five liberated governorates."),
    ("li", "Syria: more than $84 million to restore water, electricity and health services in areas of the "
           "northeast liberated from ISIS, and to support community security and explosive hazard awareness."),
    ("p", "This brings total U.S. stabilization assistance for Iraq and Syria since FY 2014 to more than "
          "$1.4 billion. Coalition partners announced a further $210 million in contributions at the meeting, and "
          "we encourage every one of the Coalition's 84 members to share the burden of stabilization."),
    ("p", "The United States remains committed to the enduring defeat of ISIS. Since 2014, more than 4.9 million "
          "displaced Iraqis have returned home, and the Coalition has trained over 250,000 members of the Iraqi "
          "security forces."),
    ("p", "For further information, please contact the Bureau of Counterterrorism at CT-PressDesk@state.gov or "
          "call 202-647-2492."),
)


ARABIC_SWEDEN_JORDAN = (
    ("title", "وزارة التخطيط والتعاون الدولي توقع اتفاقية منحة سويدية لدعم المجتمعات المستضيفة"),
    ("p", "بيان صحفي – عمّان، الأحد ١٢ آذار ٢٠٢٣"),
    ("p", "وقّع وزير التخطيط والتعاون الدولي وسفيرة مملكة السويد لدى المملكة الأردنية الهاشمية، اليوم، اتفاقية منحة "
          "بقيمة ٢٢٠ مليون كرونة سويدية (ما يعادل نحو ٢١٫٥ مليون دولار) على مدى ثلاث سنوات، ضمن برنامج التعاون "
          "الإنمائي السويدي لدعم قطاعي المياه والتعليم في المجتمعات الأردنية المستضيفة للاجئين السوريين."),
    ("p", "وتتوزع المنحة الجديدة على ١٤٠ مليون كرونة لمشاريع شبكات المياه في محافظتي المفرق وإربد، و٨٠ مليون كرونة "
          "لتأهيل ٢٥ مدرسة حكومية يدرس فيها أكثر من ١٢ ألف طالب وطالبة."),
    ("heading", "دعم متواصل منذ بداية الأزمة"),
    ("p", "وثمّن الوزير الدعم السويدي للأردن، مبيناً أن إجمالي المنح الإنمائية والإنسانية التي قدمتها السويد للمملكة "
          "منذ عام ٢٠١٥ بلغ قرابة ١٫٢ مليار كرونة، فيما تقدم السويد سنوياً نحو ٥٠ مليون كرونة مساعدات إنسانية "
          "للاجئين في الأردن عبر وكالات الأمم المتحدة."),
    ("p", "وأشار إلى أن الأردن يستضيف ما يقارب ٦٥٠ ألف لاجئ سوري مسجل لدى المفوضية، وأن خطة الاستجابة الأردنية "
          "للأزمة السورية لعام ٢٠٢٣ تقدر احتياجاتها بنحو ٢٫٢٨ مليار دولار، لم يمول منها حتى الآن سوى ٢٢٪."),
    ("p", "من جانبها، قالت السفيرة إن بلادها ستواصل الوقوف إلى جانب الأردن في تحمل أعباء اللجوء، لافتة إلى أن "
          "الاتفاقية تأتي بعد شهر من توقيع منحة ألمانية بقيمة ٣٠ مليون يورو للقطاع ذاته، وأن المانحين الأوروبيين "
          "يعملون على تنسيق تمويلهم لتجنب الازدواجية."),
    ("p", "وتنفذ مشاريع المنحة بالتعاون مع وزارتي المياه والري والتربية والتعليم، ويتولى فريق من ١٨ مهندساً أردنياً "
          "متابعة التنفيذ الميداني."),
    ("p", "للاستفسار: مديرية الإعلام والاتصال – هاتف ٤٦٤٤٤٦٦ ٦ ٩٦٢+ – البريد الإلكتروني: media@mop.gov.jo"),
)

NORWAY_MINISTER_OPED = (
    ("title", "Walking away from Syria and Iraq now would cost us far more"),
    ("p", "Opinion | By Anne Beathe Tvinnereim, Minister of International Development of Norway | 12 March 2024"),
    ("p", "Thirteen years after the war in Syria began and a decade after Daesh overran Mosul, it is tempting to "
          "think the story is over. It is not. In Syria alone, 16.7 million people need humanitarian assistance "
          "this year, more than at any time since the conflict started."),
    ("p", "Norway has not looked away. Since 2011 we have provided more than NOK 13 billion in humanitarian aid "
          "for people in Syria and in the neighbouring countries that host its refugees. This year we will keep "
          "that commitment: in 2024 the Government will give NOK 700 million (roughly USD 66 million) to "
          "humanitarian work in Syria."),
    ("heading", "Stability is cheaper than another war"),
    ("p", "In Iraq our money goes to rebuilding. We will continue to give NOK 100 million a year to the UN "
          "stabilisation facility, which repairs water plants, clinics and schools in towns freed from Daesh, and "
          "a further NOK 40 million to clear the mines and booby traps the group left behind in Iraq."),
    ("p", "Our soldiers have played their part too. At the height of the campaign in 2017 about 120 Norwegian "
          "military personnel served in Iraq; today around sixty remain, most of them advising Iraqi officers "
          "in Baghdad and Erbil. Together, the 86 members of the coalition have trained more than 250,000 Iraqi "
          "soldiers and police."),
    ("p", "Some ask why a small country should keep paying. The answer is simple: when the camps of north-east "
          "Syria are left to rot, we all pay later. At the Brussels conference in 2023 donors pledged EUR 5.6 "
          "billion for Syria and the region; that is a great deal of money, but the UN appeal for Syria was still "
          "less than a third funded."),
    ("p", "Norway will keep its word. I hope others will keep theirs."),
    ("p", "The writer is Norway's Minister of International Development. This article first appeared in "
          "Dagens Næringsliv."),
)

ARABIC_UAE_YEAR_REVIEW = (
    ("title", "الإمارات للمساعدات الدولية: حصاد عام ٢٠٢٣"),
    ("p", "أبوظبي، الخميس 28 ديسمبر 2023"),
    ("p", "تُواصل دولةُ الإمارات العربية المتحدة نهجها الثابت في مدّ يد العون للشعوب المتضررة من النزاعات والكوارث، "
          "وفيما يلي أبرز ما أنجزته الوكالة خلال العام بالتنسيق مع الجهات المانحة الإماراتية والمنظمات الأممية."),
    ("p", "بلغ إجمالي المساعدات الخارجية التي قدمتها دولة الإمارات خلال عام ٢٠٢٣ نحو ١٢٫٤ مليار درهم "
          "(٣٫٤ مليار دولار أمريكي)، استفادت منها 47 دولة حول العالم، وذهب 61% منها إلى الدول العربية."),
    ("heading", "مشاريع ٢٠٢٣ في العراق"),
    ("li", "٢٨٥ مليون درهم لإعادة إعمار المعالم التاريخية في مدينة الموصل بالشراكة مع منظمة اليونسكو، "
           "وقد أُنجز منها ٨٠٪ حتى نهاية العام."),
    ("li", "15 مليون دولار لصندوق تمويل الاستقرار الفوري الذي يديره برنامج الأمم المتحدة الإنمائي."),
    ("li", "قافلة إغاثية من 40 شاحنة محملة بالمواد الغذائية لنازحي المخيمات في محافظة نينوى."),
    ("heading", "مشاريع ٢٠٢٣ في سوريا"),
    ("li", "ما يزيد على 100 مليون درهم مساعدات إنسانية عاجلة لمتضرري الزلزال في شمال غرب سوريا، "
           "ضمن عملية «الفارس الشهم ٢»."),
    ("li", "مستشفى ميداني في بلدة جنديرس يعمل فيه ٤٥ من الكوادر الطبية الإماراتية، عالج أكثر من ٩ آلاف مصاب."),
    ("heading", "اليمن"),
    ("p", "ويظل اليمن في صدارة الدول المستفيدة، إذ وصل مجموع المساعدات الإماراتية لليمن منذ عام ٢٠١٥ إلى قرابة "
          "٢١ مليار درهم، شملت قطاعات الصحة والتعليم والطاقة."),
    ("heading", "على الصعيد الدولي"),
    ("p", "وشاركت الإمارات في مؤتمر بروكسل السابع لدعم مستقبل سوريا والمنطقة، الذي أسفر عن تعهدات من المانحين "
          "مجتمعين بلغت 5.6 مليار يورو لعام 2023."),
    ("p", "لمزيد من المعلومات: إدارة الاتصال والإعلام – هاتف 4044444 2 971+ – البريد الإلكتروني: media@uaeaid.example"),
)


FRENCH_NORWAY_OPED = (
    ('title', "Tribune – « Ne laissons pas l'Irak et la Syrie redevenir des angles morts »"),
    ('p', 'Par Ingrid Solheim Aas, ministre des Affaires étrangères de Norvège. Publié le 12 février 2019.'),
    ('p', "Il y a cinq ans, Daech contrôlait un territoire grand comme la moitié de la France. Aujourd'hui, son « califat » territorial s'effondre, mais la victoire militaire ne suffira pas si les villes libérées restent en ruine et si des millions de déplacés n'ont nulle part où rentrer."),
    ('heading', 'Ce que la Norvège a fait'),
    ('p', "Depuis 2014, la Norvège a consacré plus de 4 milliards de couronnes (environ 410 millions d'euros) à l'aide humanitaire en Irak et en Syrie. Pour 2019, notre contribution au fonds de stabilisation du PNUD en Irak atteindra 230 millions de NOK."),
    ('p', "Nous avons aussi engagé 150 millions de couronnes sur trois ans pour le déminage et la stabilisation de Mossoul, en Irak, et de Raqqa, en Syrie, et nous consacrons chaque année quelque 20 millions de couronnes à la prévention de l'extrémisme violent."),
    ('p', "Nos soldats sont présents eux aussi : environ 60 instructeurs norvégiens sont déployés sur la base d'Al-Asad, dans l'ouest de l'Irak, et une cinquantaine de militaires servent en Jordanie."),
    ('heading', 'Ce qui reste à faire'),
    ('p', "La coalition a formé plus de 190 000 membres des forces de sécurité irakiennes. Les donateurs réunis au Koweït il y a un an ont promis 30 milliards de dollars, et pourtant l'appel humanitaire des Nations unies pour l'Irak n'était couvert qu'à 62 % en fin d'année."),
    ('p', "Je le dis à nos partenaires européens : la stabilisation coûte moins cher que la prochaine guerre. La Norvège n'est pas membre de l'Union européenne, mais elle compte bien rester au premier rang de cet effort."),
    ('p', 'Ingrid Solheim Aas est ministre des Affaires étrangères du Royaume de Norvège depuis 2017.'),
)

PORTUGAL_CONTINGENT_ROTATION = (
    ("title", "New Portuguese contingent takes over training mission in Iraq"),
    ("p", "Lisbon, 21 November 2023"),
    ("p", "The 14th National Force Deployed to Iraq took over on Monday from the 13th at the Besmaya Range Complex, "
          "south-east of Baghdad, in a ceremony attended by some 200 Iraqi officers and guests."),
    ("p", "The new contingent of 34 soldiers, drawn mostly from the Army's Rapid Reaction Brigade, relieves a force "
          "of 31 that had been in Iraq since May. For the next six months it will train Iraqi Army units in close "
          "combat, first aid and the handling of explosive devices, under the Coalition's Operation Inherent "
          "Resolve and NATO Mission Iraq."),
    ("p", "Since 2015 Portuguese trainers at Besmaya have prepared more than 6,000 Iraqi soldiers, and about 500 "
          "Portuguese military have served in Iraq in successive rotations."),
    ("heading", "The mission at a glance"),
    ("li", "Troops at Besmaya: 34"),
    ("li", "Officers at NATO Mission Iraq headquarters in Baghdad: up to five"),
    ("li", "Liaison officer at the Coalition's headquarters in Kuwait: one"),
    ("li", "Annual cost of the mission: around EUR 4.2 million"),
    ("heading", "Humanitarian support"),
    ("p", "Besides the troops, Portugal gave EUR 750,000 to the International Committee of the Red Cross for its "
          "work in Iraq in 2023. It also funds UNRWA's work with Palestine refugees in Syria and Lebanon with "
          "EUR 400,000 a year."),
    ("p", "The Coalition as a whole has trained more than 250,000 members of the Iraqi security forces since 2014. "
          "The Army expects to send the 15th contingent in May 2024."),
    ("p", "Army Public Relations Office: +351 21 881 4000"),
)


ROMANIA_ROTATION_STORY = (
    ("title", "Irak : un nouveau contingent roumain prend la relève au sein de la mission de l'OTAN"),
    ("p", "Bucarest, 3 octobre 2023 (AGERPRES) - Les militaires du 21e bataillon de chasseurs de montagne ont "
          "pris lundi à Bagdad la relève du détachement roumain déployé depuis avril au sein de la mission de "
          "l'OTAN en Irak (NMI), a annoncé le ministère de la Défense nationale."),
    ("p", "Cette rotation ramène l'effectif roumain en Irak de 62 à 48 militaires, la mission ayant confié une "
          "partie de ses tâches de soutien à d'autres alliés. Les nouveaux arrivants resteront sur place six mois."),
    ("heading", "Le dispositif roumain"),
    ("li", "à Bagdad : le détachement, dont 12 formateurs spécialisés dans la lutte contre les engins explosifs "
           "improvisés ;"),
    ("li", "au Koweït : quatre officiers d'état-major affectés au quartier général de la coalition ;"),
    ("li", "quatre véhicules blindés et une équipe médicale de rôle 1."),
    ("p", "Le ministère a prévu pour cette mission un budget de 14,6 millions de lei (environ 2,9 millions "
          "d'euros) pour l'année 2024. La Roumanie a par ailleurs versé au total 750 000 dollars au fonds "
          "fiduciaire de l'OTAN pour le renforcement des capacités de défense de l'Irak depuis 2019."),
    ("p", "Depuis 2018, les instructeurs roumains ont formé plus de 1 200 militaires irakiens. La mission de "
          "l'OTAN, qui réunit quelque 1 000 personnels de 20 pays alliés et partenaires, conseille le "
          "ministère irakien de la Défense à la demande du gouvernement de Bagdad."),
    ("p", "Le commandant du contingent sortant a salué « l'excellente coopération avec nos partenaires "
          "irakiens » lors d'une cérémonie en présence de l'ambassadeur de Roumanie en Irak."),
    ("p", "Contact : Direction de l'information publique, ministère de la Défense nationale, +40 21 000 00 00"),
)


ARABIC_FRANCE_TRANSLATION = (
    ("title", "فرنسا تجدد التزامها بدعم الاستقرار في المناطق المحررة من داعش في العراق وسوريا"),
    ("p", "وزارة أوروبا والشؤون الخارجية – بيان صحفي (ترجمة غير رسمية إلى العربية)"),
    ("p", "باريس، 3 شباط/فبراير 2025"),
    ("p", "أعلن وزير أوروبا والشؤون الخارجية اليوم، على هامش اجتماع المديرين السياسيين للتحالف الدولي ضد داعش، "
          "تخصيص مبلغ إضافي قدره عشرون مليون يورو لعام 2025 لدعم الاستقرار والتعافي في المناطق التي حُرِّرت "
          "من سيطرة التنظيم."),
    ("p", "ويتوزع هذا المبلغ في عام 2025 على النحو الآتي:"),
    ("heading", "في العراق"),
    ("li", "8 ملايين يورو عبر صندوق تمويل الاستقرار التابع لبرنامج الأمم المتحدة الإنمائي، لإعادة تأهيل "
           "المستشفيات وشبكات الكهرباء في الموصل وسنجار؛"),
    ("li", "مليونا يورو لدعم القضاء العراقي في ملاحقة المقاتلين الإرهابيين الأجانب ومحاكمتهم؛"),
    ("heading", "في سوريا"),
    ("li", "تسعة ملايين يورو لتمويل المساعدة الإنسانية الطارئة للنازحين في مخيمات شمال شرق سوريا؛"),
    ("li", "مليون يورو لمنظمات المجتمع المدني السورية العاملة في منع التطرف العنيف وإعادة إدماج الشباب."),
    ("p", "وبذلك تبلغ المساهمة الفرنسية في جهود الاستقرار في البلدين منذ عام 2017 ما يقارب ١٨٠ مليون يورو. "
          "وكان مؤتمر بروكسل قد جمع في العام الماضي تعهدات بلغت 5,8 مليار يورو من مجموع المانحين."),
    ("p", "وعلى الصعيد العسكري، يواصل نحو ستمائة عسكري فرنسي مشاركتهم في عملية «شمال» انطلاقًا من قاعدتين "
          "في الأردن والإمارات العربية المتحدة، وتشارك فيها عشر طائرات رافال نفذت منذ بدء العملية أكثر من 1 400 طلعة جوية. كما درّب المستشارون الفرنسيون "
          "منذ عام 2015 ما يزيد على 30 ألف جندي عراقي."),
    ("p", "وقال الوزير إن «هزيمة داعش على الأرض لا تعني نهاية التهديد، وإن فرنسا ستبقى إلى جانب شركائها "
          "في العراق وسوريا ما دام ذلك ضروريًا»."),
    ("p", "هذه ترجمة غير رسمية، والنص الفرنسي هو المرجع. للتواصل: خلية الإعلام، هاتف 01 43 17 53 53."),
)


KOREA_DONORS_CONFERENCE_STATEMENT = (
    ("title", "Statement by the Vice Minister of Foreign Affairs of the Republic of Korea"),
    ("p", "Kuwait International Conference for the Reconstruction of Iraq, Kuwait City, 14 February 2018"),
    ("p", "Check against delivery"),
    ("p", "Mr. Chairman, Excellencies, ladies and gentlemen,"),
    ("p", "Let me first thank the State of Kuwait for hosting this conference and the Government of Iraq for its "
          "leadership. The defeat of Daesh on the battlefield is a great achievement, but peace will only hold if "
          "families can return to homes, schools and jobs. The Iraqi Government puts its reconstruction needs at "
          "close to USD 90 billion, and no donor can meet them alone."),
    ("p", "Korea has stood with the Iraqi people for many years. Since 2003 we have provided about USD 170 million in "
          "development and humanitarian assistance to Iraq, and KOICA has built or repaired 14 schools and two "
          "hospitals in the country."),
    ("p", "Today I am pleased to announce that my Government will provide USD 20 million over the next three years "
          "for the reconstruction of Iraq. Our pledge has three parts:"),
    ("li", "In 2018 alone, Korea will contribute 6 million dollars in humanitarian assistance to displaced families "
           "in Iraq through UNHCR and WFP."),
    ("li", "A KOICA development project worth KRW 5.5 billion (about USD 5 million) will set up vocational training "
           "centres in Iraq's Nineveh province, for some 3,000 young people."),
    ("li", "The remaining funds will support demining and the restoration of electricity in liberated areas."),
    ("p", "Korea will also send two staff officers to the Coalition's headquarters in Kuwait to help plan the "
          "transition from combat operations to capacity building."),
    ("p", "We welcome the generous pledge of USD 2 billion announced this morning by our host, and the commitments "
          "of the World Bank and the Arab funds. Together, more than 70 delegations are here today."),
    ("p", "Korean companies also stand ready to take part in rebuilding Iraq's power plants, roads and housing. "
          "Thank you."),
)


SWISS_DONORS_CONFERENCE_STATEMENT = (
    ("title", "Conférence de Bruxelles sur la Syrie : déclaration de la Suisse"),
    ("p", "Département fédéral des affaires étrangères (DFAE) - Discours - Bruxelles, 14 avril 2026"),
    ("p", "Seul le texte prononcé fait foi."),
    ("heading", "Intervention de la secrétaire d'État, cheffe de la délégation suisse"),
    ("p", "Monsieur le Président, Mesdames et Messieurs les ministres, chers collègues,"),
    ("p", "Quinze ans après le début du conflit, 16,7 millions de personnes ont encore besoin d'aide en Syrie, et les "
          "pays voisins continuent d'accueillir des millions de réfugiés. La Suisse salue la mobilisation de tous ceux "
          "qui sont réunis ici."),
    ("p", "Je suis venue avec un engagement concret. La Suisse annonce pour 2026 une contribution de 60 millions de "
          "francs suisses (environ 67 millions de dollars) en faveur des populations touchées en Syrie, au Liban, en "
          "Jordanie et en Irak, dont 38 millions pour l'aide humanitaire en Syrie même."),
    ("p", "Pour la période 2026-2028, notre pays prévoit en outre un engagement pluriannuel d'environ 180 millions de "
          "francs pour l'aide humanitaire et la coopération au développement en Syrie et dans la région."),
    ("p", "Depuis le début du conflit en 2011, la Suisse a engagé plus de 640 millions de francs d'aide pour la Syrie, "
          "ce qui en fait l'une de ses principales réponses humanitaires."),
    ("heading", "Des experts sur le terrain"),
    ("p", "Notre engagement ne se mesure pas seulement en francs. Le Corps suisse d'aide humanitaire a déployé 14 "
          "experts détachés auprès d'agences des Nations unies au Liban et en Jordanie, dans les domaines de l'eau, "
          "de la protection et de la logistique."),
    ("heading", "Trois priorités"),
    ("li", "le respect du droit international humanitaire et l'accès sans entrave de l'aide ;"),
    ("li", "le soutien aux communautés d'accueil, dont 90 % vivent sous le seuil de pauvreté dans certaines régions ;"),
    ("li", "un avenir pour les jeunes, par l'éducation et la formation professionnelle."),
    ("p", "Je me réjouis que l'Union européenne ait annoncé 2,5 milliards d'euros et que l'ensemble des donateurs "
          "réunis aujourd'hui aient promis 5,8 milliards d'euros. La Suisse restera à vos côtés."),
    ("p", "Je vous remercie."),
    ("p", "Contact : Communication DFAE, Berne - +41 58 462 31 53 - kommunikation@eda.admin.ch"),
)


ARABIC_AUSTRALIA_FACT_SHEET = (
    ("title", "مساهمة أستراليا في التحالف الدولي لهزيمة داعش: صحيفة وقائع"),
    ("p", "وزارة الخارجية والتجارة الأسترالية – كانبرا، تشرين الأول/أكتوبر 2026"),
    ("p", "انضمت أستراليا إلى التحالف الدولي في أيلول/سبتمبر 2014، وتعمل مع شركائها على المسارين العسكري "
          "والمدني لمنع عودة التنظيم. تلخص هذه الصحيفة أبرز ما قدمته أستراليا حتى الآن."),
    ("heading", "المساهمة العسكرية"),
    ("li", "نشرت قوة الدفاع الأسترالية في ذروة عملية «أوكرا» ما يصل إلى 780 عسكرياً في الشرق الأوسط."),
    ("li", "يعمل حالياً نحو ١١٠ عسكريين أستراليين في العراق ضمن بعثة حلف شمال الأطلسي وفريق التدريب المشترك."),
    ("li", "درّبت القوات الأسترالية منذ 2015 أكثر من 48 ألف عنصر من قوات الأمن العراقية."),
    ("li", "نفذت طائرات سلاح الجو الملكي الأسترالي أكثر من 2700 طلعة جوية فوق العراق وسوريا."),
    ("heading", "المساعدات الإنسانية ودعم الاستقرار"),
    ("p", "قدمت الحكومة الأسترالية منذ عام 2014 مبلغاً إجمالياً وقدره (٥٤٠) مليون دولار أسترالي من المساعدات "
          "الإنسانية ودعم الاستقرار في العراق وسوريا، يتوزع على النحو الآتي:"),
    ("heading", "في العراق"),
    ("li", "مبلغ وقدره (٢١٥) مليون دولار أسترالي مساعداتٍ إنسانية، منها (٤٠) مليوناً لصندوق تمويل الاستقرار."),
    ("heading", "في سوريا"),
    ("li", "مئتان وخمسة وعشرون مليون دولار أسترالي لتلبية الاحتياجات الإنسانية للسوريين المتضررين من النزاع."),
    ("heading", "مكافحة تمويل الإرهاب"),
    ("li", "تساهم أستراليا سنوياً بنحو ٢٫٥ مليون دولار أسترالي في برامج مكافحة تمويل الإرهاب في جنوب شرق آسيا."),
    ("p", "وللمقارنة، بلغ مجموع تعهدات المانحين في مؤتمر بروكسل الثامن 7.5 مليار يورو لسوريا ودول الجوار."),
    ("p", "للاستفسارات الإعلامية: مكتب الإعلام في الوزارة، هاتف ‎+61 2 6261 1555."),
)


FRENCH_BELGIAN_DEMINING_HANDOVER = (
    ("title", "Remise de matériel de déminage à l'Irak – allocution de l'ambassadeur de Belgique"),
    ("p", 'Bagdad, le 12 octobre 2025 – Seul le prononcé fait foi'),
    ("p", "Monsieur le Directeur général de la Direction de l'action contre les mines, Mesdames et Messieurs les représentants des forces de sécurité irakiennes, chers collègues de la Coalition,"),
    ("p", "C'est un honneur de vous remettre aujourd'hui, au nom du gouvernement belge, quatorze véhicules blindés de déminage, soixante détecteurs et deux ateliers mobiles. Ce matériel, d'une valeur de 2,3 millions d'euros, appartient désormais à l'Irak et servira à la stabilisation des zones libérées."),
    ("p", "Cette remise n'est pas un geste isolé. Depuis 2016, la Belgique a consacré plus de 30 millions d'euros à la stabilisation de l'Irak, dont quelque 9 millions d'euros à la dépollution des engins explosifs."),
    ("p", 'Derrière les chiffres, il y a des femmes et des hommes. Une douzaine de démineurs de la Défense belge sont déployés en Irak depuis le printemps ; ils ont déjà formé plus de 400 techniciens irakiens, qui dépolluent à leur tour les champs et les écoles de Ninive.'),
    ("p", "La Belgique fournit en outre jusqu'à 25 militaires à la mission de l'OTAN en Irak, principalement des conseillers et des officiers d'état-major."),
    ("p", "Notre engagement se poursuivra. En 2026, une nouvelle tranche de 1,5 million d'euros sera consacrée à la stabilisation en Irak, notamment à la formation d'équipes de neutralisation des engins explosifs."),
    ("p", "Je salue aussi le travail du Service de l'action antimines des Nations unies, dont le programme pour l'Irak est chiffré cette année à 55 millions de dollars, et celui de nos 86 partenaires de la Coalition. Selon vos services, près de 2 100 kilomètres carrés restent contaminés."),
    ("p", "Vive l'amitié entre la Belgique et l'Irak. Je vous remercie."),
    ("p", 'Contact presse : Ambassade de Belgique à Bagdad, service de presse, +964 780 000 0000'),
)


NETHERLANDS_AMBASSADOR_INTERVIEW = (
    ("title", "\"Iraq needs jobs as much as it needs security\": an interview with the Dutch ambassador"),
    ("p", "Baghdad Business Weekly, 3 June 2025. Interview by our diplomatic correspondent."),
    ("p", "As the coalition's military mission in Iraq winds down, we asked the Ambassador of the Kingdom of the "
          "Netherlands what comes next for one of Iraq's steadiest European partners."),
    ("heading", "How much has the Netherlands put into Iraq since the war against Daesh began?"),
    ("p", "Since 2014 we have given close to 400 million euros to Iraq for humanitarian aid, stabilisation and "
          "the clearing of mines. That is a great deal of money for a country of 18 million people, but we think "
          "it has been well spent."),
    ("heading", "And this year?"),
    ("p", "For 2025 we have set aside 25 million euros for Iraq, 10 million of it for UNDP's Funding Facility for "
          "Stabilization, which rebuilds schools, clinics and power lines in the liberated areas. The rest goes to "
          "vocational training and small businesses in Nineveh and Anbar."),
    ("heading", "Your soldiers are leaving, though."),
    ("p", "Our military footprint is smaller, that is true. Our troop presence in Iraq has gone from about 150 "
          "to some 60, most of them advisers with the NATO Mission Iraq. Dutch F-16s flew more than 2,100 sorties "
          "over Iraq and Syria in the early years, and we trained thousands of Kurdish fighters in Erbil, but that "
          "phase is over."),
    ("heading", "What about the police?"),
    ("p", "We also have two police advisers serving with the EU Advisory Mission in Iraq, helping the Interior "
          "Ministry reform its training academies."),
    ("heading", "Many Iraqis say reconstruction is too slow."),
    ("p", "I understand them. Five million displaced people have gone home, yet youth unemployment is still above "
          "30 percent. The European Union and its member states together have pledged more than 3 billion euros "
          "for Iraq; we want that money to create jobs, not only buildings."),
    ("p", "The interview has been edited for length and clarity."),
)


FRENCH_JAPAN_DONORS_CONFERENCE_SPEECH = (
    ("title", "Conférence de Bruxelles sur le soutien à l'avenir de la Syrie et de la région"),
    ("p", "Allocution de S.E. M. Kenji Morimoto, ambassadeur du Japon auprès de l'Union européenne"),
    ("p", "Bruxelles, le 24 juin 2026 - Seul le prononcé fait foi."),
    ("p", "Madame la Présidente, Mesdames et Messieurs les ministres, chers collègues,"),
    ("p", "Je remercie l'Union européenne et les Nations unies d'avoir réuni une nouvelle fois la communauté "
          "internationale. Après quatorze années de crise, 13 millions de Syriens dépendent encore de l'aide pour "
          "se nourrir, se soigner ou se loger, et les pays voisins accueillent toujours plusieurs millions de réfugiés."),
    ("p", "Depuis 2012, le Japon a apporté plus de 3,6 milliards de dollars d'aide à la Syrie et aux pays voisins, "
          "à travers plus de 60 projets menés avec les agences des Nations unies et les ONG."),
    ("heading", "Une nouvelle contribution"),
    ("p", "Aujourd'hui, j'ai l'honneur d'annoncer une nouvelle contribution de 4,5 milliards de yens "
          "(environ 29 millions de dollars) pour la Syrie, le Liban et la Jordanie."),
    ("p", "Cette aide humanitaire se répartit comme suit :"),
    ("li", "Syrie : 2,1 milliards de yens pour l'aide alimentaire et les abris d'urgence, par l'intermédiaire du PAM "
           "et du HCR ;"),
    ("li", "Liban : 1,3 milliard de yens (environ 8,4 millions de dollars) pour la scolarisation des enfants réfugiés "
           "et le soutien aux communautés d'accueil ;"),
    ("li", "Jordanie : 1,1 milliard de yens en dons pour l'eau et l'assainissement dans les camps de Zaatari et d'Azraq."),
    ("p", "Par ailleurs, l'Agence japonaise de coopération internationale (JICA) signera dans les prochaines semaines "
          "avec le Royaume hachémite de Jordanie un prêt d'appui budgétaire de 30 milliards de yens, destiné à "
          "soutenir les réformes économiques d'un pays qui porte une part considérable de la charge de l'accueil."),
    ("heading", "Un effort collectif"),
    ("p", "L'an dernier, les participants à cette conférence avaient promis ensemble 5,8 milliards d'euros. Je forme le "
          "vœu que nous fassions au moins aussi bien cette année, car l'appel des Nations unies pour la Syrie reste "
          "financé à moins de 30 %."),
    ("p", "Le Japon restera aux côtés du peuple syrien et des pays qui l'accueillent, dans l'esprit de la sécurité "
          "humaine qui guide notre coopération. Je vous remercie."),
    ("p", "Contact presse : Mission du Japon auprès de l'Union européenne, rue Van Maerlant 1, 1040 Bruxelles - "
          "+32 2 500 77 11"),
)


AUSTRIA_BRUSSELS_CONFERENCE_STATEMENT = (
    ("title", "Statement by the Federal Minister for European and International Affairs of Austria"),
    ("p", "Ninth Brussels Conference \u201cStanding with Syria: Meeting the Needs for a Successful Transition\u201d"),
    ("p", "Brussels, 17 March 2025 \u2013 check against delivery"),
    ("p", "Madam High Representative, Commissioner, colleagues, friends of the Syrian people,"),
    ("p", "Fourteen years after the first protests in Daraa, Syrians have a chance that few of them dared "
          "to hope for. The needs are still immense: 16.5 million people inside the country depend on "
          "assistance, and more than 6 million refugees live in the neighbouring countries."),
    ("heading", "Austria's pledge"),
    ("p", "Today Austria pledges EUR 21 million (approximately USD 22.8 million) in 2025 in humanitarian "
          "aid for Syria and its neighbours."),
    ("p", "Of the 2025 pledge, EUR 8 million will go to Lebanon and EUR 5 million to Jordan, mainly "
          "through the World Food Programme and UNHCR."),
    ("p", "In addition, we are donating 14 emergency generators, valued at EUR 1.3 million, to hospitals "
          "in north-west Syria."),
    ("p", "Beyond this year, Austria intends to provide a further EUR 40 million in humanitarian and "
          "development assistance for Syria over the next three years, subject to the approval of our "
          "Parliament."),
    ("heading", "What we have done so far"),
    ("p", "Since the conflict began in 2011, Austria has contributed more than EUR 220 million to the "
          "Syria crisis response. About 90 percent of it was channelled through United Nations agencies "
          "and the Red Cross movement."),
    ("p", "We are not alone. The European Union and its Member States together account for most of the "
          "pledges made in this room, and the EU alone announced EUR 2.5 billion this morning. The "
          "United Nations appeals for Syria and the region for this year total more than USD 8 billion."),
    ("heading", "Our message"),
    ("li", "Humanitarian access must be unconditional and safe for aid workers."),
    ("li", "Returns must be voluntary, safe and dignified; we will fund the conditions, not push people."),
    ("li", "Accountability for the crimes of Daesh and of the former regime is not optional."),
    ("p", "Thank you."),
    ("p", "Federal Ministry for European and International Affairs, Minoritenplatz 8, 1010 Vienna. "
          "Press office: +43 50 1150-3262, abti3@bmeia.gv.at"),
)


GOLD_DOCX = {"fr-japon.docx": FRENCH_JAPAN, "en-denmark-release.docx": DENMARK_RELEASE, "ar-qatar-2.docx": ARABIC_QATAR,
             "ar-j-uk.docx": ARABIC_UK_DEMINING, "en-k-japan.docx": JAPAN_JORDAN_GRANT,
             "ar-m-canada.docx": ARABIC_CANADA_JORDAN,
             "fr-m-depeche.docx": ITALY_AFP_DISPATCH, "fr-o-article-allemagne.docx": GERMANY_WITHDRAWAL_ARTICLE,
             "en-o-us-media-note.docx": US_STABILIZATION_MEDIA_NOTE,
             "ar-o-jordan-sweden.docx": ARABIC_SWEDEN_JORDAN,
             "en-p-norway-oped.docx": NORWAY_MINISTER_OPED, "ar-p-uae-year-review.docx": ARABIC_UAE_YEAR_REVIEW,
             "fr-p-tribune-norvege.docx": FRENCH_NORWAY_OPED,
             "en-q-portugal-contingent-rotation.docx": PORTUGAL_CONTINGENT_ROTATION,
             "fr-q-releve-roumanie.docx": ROMANIA_ROTATION_STORY,
             "ar-q-france-translation.docx": ARABIC_FRANCE_TRANSLATION,
             "en-r-korea-donors-conference.docx": KOREA_DONORS_CONFERENCE_STATEMENT,
             "fr-r-conference-syrie-suisse.docx": SWISS_DONORS_CONFERENCE_STATEMENT,
             "ar-r-australia-fact-sheet.docx": ARABIC_AUSTRALIA_FACT_SHEET,
             "fr-s-discours-remise-deminage-belgique.docx": FRENCH_BELGIAN_DEMINING_HANDOVER,
             "en-s-netherlands-ambassador-interview.docx": NETHERLANDS_AMBASSADOR_INTERVIEW,
             "fr-t-allocution-japon-conference-bruxelles.docx": FRENCH_JAPAN_DONORS_CONFERENCE_SPEECH,
             "en-t-austria-brussels-conference-statement.docx": AUSTRIA_BRUSSELS_CONFERENCE_STATEMENT}

ARABIC_NEW_ZEALAND_INTERVIEW = (
    ("title", "سفير نيوزيلندا لـ«الخليج»: مهمتنا في التاجي انتهت ودعمنا الإنساني مستمر"),
    ("p", "أبوظبي – حاورته: سلمى الكعبي – الاثنين ١٢ شباط ٢٠٢٤"),
    ("p", "في حوار مع «الخليج»، تحدّث سفير نيوزيلندا لدى الدولة عن مشاركة بلاده في التحالف الدولي ضد داعش، "
          "وعن مساعداتها لضحايا النزاع، وعن السنوات الخمس عشرة المقبلة من الشراكة مع المنطقة."),
    ("heading", "س: ما حجم المشاركة العسكرية النيوزيلندية في العراق؟"),
    ("p", "ج: عملنا جنباً إلى جنب مع أستراليا في معسكر التاجي ضمن مهمة بناء قدرات الشريك. بلغ عدد أفرادنا هناك في "
          "ذروة المهمة ١٤٣ عسكرياً، فيما أرسلت أستراليا نحو ٣٠٠. وقد درّبت القوة المشتركة أكثر من ٤٤ ألف جندي وشرطي "
          "عراقي."),
    ("heading", "س: وماذا بقي من هذه المشاركة اليوم؟"),
    ("p", "ج: أعدنا معظم أفرادنا إلى الوطن في حزيران ٢٠٢٠. ولا يزال لدينا اليوم عدد محدود من ضباط الأركان، لا "
          "يتجاوز ثلاثة ضباط، في مقرَّي قيادة التحالف في الكويت والعراق."),
    ("heading", "س: وعلى الصعيد الإنساني؟"),
    ("p", "ج: قدّمت نيوزيلندا منذ عام ٢٠١٤ أكثر من ٤٠ مليون دولار نيوزيلندي (ما يقارب ٢٤٫٥ مليون دولار أمريكي) من "
          "المساعدات الإنسانية لضحايا النزاع في العراق وسوريا. وفي عام ٢٠٢٣ وحده خصّصنا ٥٫٢ مليون دولار نيوزيلندي "
          "لمساعدات غذائية طارئة عبر برنامج الأغذية العالمي في سوريا، وهو جزء صغير من نداء الأمم المتحدة لسوريا "
          "البالغ ٤٫٤ مليار دولار."),
    ("heading", "س: هل تدعمون جهود تحقيق الاستقرار أيضاً؟"),
    ("p", "ج: نعم، خصّصنا نصف مليون دولار نيوزيلندي إضافية لصندوق تمويل الاستقرار في العراق الذي يديره برنامج الأمم "
          "المتحدة الإنمائي، ويُضاف ذلك إلى ما يزيد على ثلاثة ملايين دولار نيوزيلندي قدّمناها للصندوق منذ ٢٠١٦. كما "
          "نستعد لإيفاد شرطيَّين اثنين إلى بعثة الاتحاد الأوروبي الاستشارية في بغداد."),
    ("heading", "س: كلمة أخيرة؟"),
    ("p", "ج: نحن بلد بعيد جغرافياً، لكن ٢٫٥٪ من ميزانية مساعداتنا الخارجية تذهب إلى هذه المنطقة، ونريد أن نبقى "
          "شريكاً يُعتمد عليه."),
    ("p", "نُشر الحوار في الملحق الأسبوعي لـ«الخليج»، العدد ١٤٢٣٨."),
)
GOLD_DOCX["ar-s-interview-new-zealand.docx"] = ARABIC_NEW_ZEALAND_INTERVIEW


ARABIC_BULGARIA_CAIRO_SPEECH = (
    ("title", "كلمة وزيرة الخارجية البلغارية أمام المؤتمر الإقليمي للمانحين لدعم الاستقرار في العراق وسوريا"),
    ("p", "القاهرة، ٩ ديسمبر ٢٠٢٥ — ترجمة غير رسمية وزّعتها سفارة جمهورية بلغاريا في القاهرة. النص الملقى هو المرجع."),
    ("p", "السيد الرئيس، أصحاب المعالي والسعادة، السيدات والسادة،"),
    ("p", "أشكر جمهورية مصر العربية على استضافة هذا المؤتمر في وقت تحتاج فيه المنطقة إلى أن يفي المجتمع الدولي "
          "بوعوده. لقد خرجت المدن المحررة من الحرب، لكن أهلها لم يخرجوا بعدُ من آثارها."),
    ("heading", "تعهّدات بلغاريا لعام ٢٠٢٦"),
    ("p", "يسعدني أن أعلن أن بلغاريا ستقدّم مليونَي ليف بلغاري، أي ما يعادل نحو مليون وعشرين ألف يورو، للاستجابة "
          "الإنسانية في سوريا خلال عام ٢٠٢٦، عبر برنامج الأغذية العالمي واللجنة الدولية للصليب الأحمر."),
    ("p", "وسنضيف خمسمئة ألف ليف إلى صندوق تمويل الاستقرار في العراق، الذي نراه أداة فعّالة لإعادة الخدمات "
          "الأساسية إلى المناطق المحررة."),
    ("heading", "حضورنا في التحالف"),
    ("p", "ونحتفظ اليوم بثمانية ضباط أركان في مقر بعثة حلف شمال الأطلسي في العراق، وسنرفع عددهم إلى اثني عشر "
          "ضابطاً في ربيع العام المقبل، إلى جانب مشاركة فريق طبي صغير في دورات التدريب."),
    ("p", "ومنذ عام ٢٠١٤ قدّمت بلغاريا ما مجموعه 7,8 مليون ليف مساعداتٍ إنسانية للعراق وسوريا، وهو مبلغ متواضع "
          "بمقاييس الدول الكبرى، لكنه كبير بمقاييس اقتصادنا."),
    ("heading", "ما ننتظره من المؤتمر"),
    ("p", "نرحّب بإعلان الاتحاد الأوروبي تعهّداً قدره ٢٫٥ مليار يورو، ونعلم أن مجموع ما يطلبه منظّمو المؤتمر "
          "يتجاوز ٦ مليارات يورو. وقد استقبلت بلغاريا خلال السنوات الماضية أكثر من ٢٠ ألف لاجئ، وتمنح سنوياً ٣٠ "
          "منحة دراسية لطلاب من سوريا والعراق."),
    ("p", "إن الاستقرار لا يُشترى بالمال وحده، لكنه لا يتحقق من دونه. شكراً لكم."),
    ("p", "للاستفسار: القسم الإعلامي في سفارة بلغاريا بالقاهرة، هاتف ٢٧٣٦٣٠٢٥ (٢٠٢+)."),
)
GOLD_DOCX["ar-t-bulgaria-cairo-speech.docx"] = ARABIC_BULGARIA_CAIRO_SPEECH

FRENCH_BENELUX_JOINT_STATEMENT = (
    ("title", "Déclaration conjointe des ministres de la Coopération au développement de Belgique, des Pays-Bas et "
              "du Luxembourg sur le relèvement en Irak et en Syrie"),
    ("p", "La Haye, le 22 septembre 2026"),
    ("p", "Réunis à La Haye en marge de la réunion ministérielle Benelux, les ministres belge, néerlandaise et "
          "luxembourgeois chargés de la Coopération au développement ont fait le point sur la situation dans les "
          "zones libérées de Daech et sur les besoins de la population syrienne, douze ans après la création de la "
          "Coalition internationale."),
    ("p", "Ils constatent que les besoins restent immenses : selon les Nations Unies, 16,7 millions de personnes "
          "ont besoin d'une aide humanitaire en Syrie cette année, et près d'un million de déplacés irakiens n'ont "
          "toujours pas regagné leur foyer."),
    ("heading", "Nos engagements"),
    ("li", "La Belgique consacrera 18 millions d'euros en 2027 à l'aide humanitaire en Syrie, dont 5 millions "
           "d'euros au Fonds humanitaire transfrontalier géré par OCHA."),
    ("li", "Les Pays-Bas porteront leur contribution au Fonds de financement pour la stabilisation en Irak de "
           "9 à 12 millions d'euros par an."),
    ("li", "Le Luxembourg mettra à disposition 3,2 M€ sur la période 2027-2029 pour des projets de développement "
           "en Jordanie. Il détachera aussi deux experts en gestion civile de crise auprès de la mission de "
           "conseil de l'Union européenne en Irak (EUAM Iraq)."),
    ("p", "Ensemble, nos trois pays apporteront ainsi plus de 45 millions d'euros en 2027. Les ministres saluent "
          "par ailleurs l'enveloppe de 1,1 milliard d'euros annoncée par l'Union européenne pour la région."),
    ("heading", "Sécurité"),
    ("p", "Les Pays-Bas maintiennent environ 150 militaires en Irak et en Jordanie au sein de l'opération "
          "Inherent Resolve."),
    ("p", "Depuis 2015, des instructeurs des trois armées ont contribué à la formation de plus de 2 000 militaires "
          "irakiens, et la Belgique a engagé à tour de rôle six F-16 dans les opérations aériennes de la Coalition."),
    ("p", "Les ministres se retrouveront au printemps 2027 à Luxembourg pour faire le bilan de ces engagements."),
    ("p", "Contacts presse : SPF Affaires étrangères, +32 2 501 81 11 ; ministère néerlandais des Affaires "
          "étrangères, +31 70 348 64 86 ; ministère luxembourgeois des Affaires étrangères et européennes, "
          "+352 247-82300."),
)
GOLD_DOCX["fr-u-declaration-conjointe-benelux.docx"] = FRENCH_BENELUX_JOINT_STATEMENT


AUSTRALIA_CORRECTED_RELEASE = (
    ("title", "CORRECTED: Australia extends stabilisation support to Iraq"),
    ("p", "Media release - Minister for Foreign Affairs - 12 February 2026"),
    ("p", "Correction: this release replaces the version issued on 11 February 2026, which gave the Iraq "
          "stabilisation package as $45 million. The package is $54 million. The personnel figures were also "
          "corrected. All other details are unchanged."),
    ("p", "The Australian Government will provide $54 million (about US$35 million) over three years to help Iraq "
          "consolidate the stabilisation of areas freed from Daesh, the Minister for Foreign Affairs announced today "
          "after talks in Canberra with Iraq's Deputy Prime Minister."),
    ("heading", "What the package funds"),
    ("li", "$30 million over the three years for the UNDP Funding Facility for Stabilization, which restores water, "
           "power and health services in Iraq;"),
    ("li", "$14 million for the clearance of explosive hazards from farmland and schools in Nineveh province, as part "
           "of the stabilisation effort;"),
    ("li", "$10 million for Australian humanitarian partners assisting displaced families in Iraq and Syria."),
    ("p", "The new package brings Australia's humanitarian and stabilisation assistance to Iraq and Syria since 2014 "
          "to more than $600 million."),
    ("heading", "Defence contribution"),
    ("p", "Under Operation Okra, Australia will keep up to 120 Australian Defence Force personnel in Iraq during 2026, "
          "down from around 200 in 2025, as the coalition mission moves to a bilateral security partnership. The "
          "earlier version of this release wrote 150 and 250; those numbers were wrong."),
    ("p", "Since 2015 the Australian Defence Force has helped train more than 45,000 members of the Iraqi Security "
          "Forces. The Facility has completed over 4,000 projects across the liberated governorates, and about 4.9 "
          "million displaced Iraqis have returned home."),
    ("p", "The Minister said: \"Twelve years after Daesh seized Mosul, Australia remains a steady partner. This is a "
          "practical contribution, delivered through partners who have shown they can get results.\""),
    ("p", "Media enquiries: Minister's office (02) 6277 7500; DFAT Media 02 6261 1555."),
)
GOLD_DOCX["en-u-australia-corrected-release.docx"] = AUSTRALIA_CORRECTED_RELEASE


ARABIC_SKYNEWS_AUSTRALIA_ROTATION = (
    ("title", "أستراليا تقلّص قوتها في العراق مع وصول دفعة جديدة من المدربين"),
    ("p", "سكاي نيوز عربية – أبوظبي | الأحد ١٢ مايو ٢٠١٩"),
    ("p", "أعلنت وزارة الدفاع الأسترالية أن عدد عسكرييها المنتشرين في العراق سينخفض من نحو ٣٨٠ إلى ٢٥٠ عسكرياً "
          "مع تسلّم الدفعة التاسعة من \"مجموعة مهام تاجي\" مهامها هذا الأسبوع، في إطار خطة التحالف الدولي لتقليص "
          "الوجود العسكري بعد هزيمة تنظيم داعش."),
    ("p", "وقالت وزيرة الدفاع في بيان إن الدفعة الجديدة تضم مئة وعشرين مدرباً. وإلى جانبهم يعمل قرابة ستين عسكرياً "
          "أسترالياً في مقر قيادة التحالف بالعراق، فيما يواصل نحو ٧٠ آخرون مهام الإسناد الجوي واللوجستي في قاعدة "
          "آل مينهاد في الإمارات."),
    ("p", "وأشارت الوزيرة إلى أن المدربين الأستراليين والنيوزيلنديين أسهموا منذ عام ٢٠١٥ في تدريب أكثر من ٤٥ ألف "
          "عنصر من قوات الأمن العراقية، وأن سلاح الجو الأسترالي نفّذ أكثر من ٢٧٠٠ طلعة جوية قبل أن يعيد طائراته "
          "الست من طراز \"إف/إيه-18\" إلى البلاد. أما نيوزيلندا فتنشر نحو ٩٥ عسكرياً في القاعدة ذاتها."),
    ("heading", "تمويل إضافي لإزالة الألغام"),
    ("p", "وكانت الحكومة الأسترالية قد أعلنت الشهر الماضي تخصيص ١٠ ملايين دولار أسترالي (نحو ٧ ملايين دولار "
          "أمريكي) لدعم إزالة الألغام وإعادة الاستقرار في المناطق المحررة من العراق خلال عام ٢٠١٩. وبذلك ترتفع "
          "مساهمات أستراليا الإنسانية في العراق وسوريا منذ عام ٢٠١٤ إلى ما يزيد على ١٤٠ مليون دولار أسترالي."),
    ("p", "ويبلغ عدد عسكريي دول التحالف في العراق مجتمعةً نحو ٥ آلاف عسكري، وفق تقديرات أمريكية، بعد أن تجاوز "
          "١٢ ألفاً في ذروة العمليات عام ٢٠١٧."),
    ("p", "لمتابعة آخر الأخبار: تطبيق سكاي نيوز عربية، أو الرقم المجاني ٨٠٠٤٩٠٠."),
)
GOLD_DOCX["ar-u-skynews-australia-rotation.docx"] = ARABIC_SKYNEWS_AUSTRALIA_ROTATION


ARABIC_UAE_MOFA_FAQ = (
    ("title", "أسئلة شائعة: مساعدات دولة الإمارات العربية المتحدة لسوريا والعراق"),
    ("p", "وزارة الخارجية والتعاون الدولي – إدارة المساعدات الخارجية | آخر تحديث: ١٠ يناير ٢٠١٩"),
    ("heading", "كم بلغت مساعدات دولة الإمارات لسوريا منذ بداية الأزمة؟"),
    ("p", "منذ عام ٢٠١٢ وحتى نهاية ٢٠١٨ بلغت قيمة المساعدات الإماراتية المقدّمة لسوريا وللاجئين السوريين في دول "
          "الجوار ما يزيد على ثلاثة مليارات وسبعمئة مليون درهم (أكثر من مليار دولار أمريكي). وقد وُجّه نحو ٤٠٪ "
          "منها إلى قطاعي الغذاء والصحة."),
    ("heading", "وماذا قدّمت الدولة للعراق؟"),
    ("p", "خصّصت الدولة ٤٢ مليون دولار أمريكي لإعادة إعمار مواقع تراثية في مدينة الموصل على مدى خمس سنوات، "
          "بالشراكة مع منظمة اليونسكو."),
    ("p", "كما قدّمت خلال عام ٢٠١٧ مبلغ ١٨٤ مليون درهم لدعم جهود إعادة الاستقرار في المناطق المحررة من العراق، "
          "استفاد منها ما يقارب ٣٠٠ ألف عائد إلى مناطقهم."),
    ("heading", "هل تشارك القوات المسلحة الإماراتية في عمليات التحالف الدولي؟"),
    ("p", "شاركت القوات الجوية الإماراتية في الضربات الجوية ضد داعش في سوريا بين عامي ٢٠١٤ و٢٠١٥ بسرب من "
          "مقاتلات إف-١٦، ولا تنشر الدولة حالياً قوات برية في العراق أو سوريا. ويعمل خمسة ضباط ارتباط إماراتيين "
          "في مقر قيادة التحالف في الكويت."),
    ("heading", "كيف تُحسب هذه الأرقام؟"),
    ("p", "تُسجَّل المساعدات وفق معايير لجنة المساعدات الإنمائية في منظمة التعاون الاقتصادي والتنمية، وتنشرها "
          "الوزارة في تقرير سنوي يغطي ١٤٧ دولة مستفيدة. وتخصص الدولة ما يزيد على ١٪ من دخلها القومي الإجمالي "
          "للمساعدات الخارجية."),
    ("heading", "كيف يمكن للأفراد المساهمة؟"),
    ("li", "عبر هيئة الهلال الأحمر الإماراتي على الرقم المجاني ٨٠٠٧٣٣."),
    ("li", "أو بإرسال رسالة نصية فارغة إلى الرقم ٢٤٤٤ للتبرع بمبلغ ١٠ دراهم."),
)
GOLD_DOCX["ar-u-uae-mofa-faq.docx"] = ARABIC_UAE_MOFA_FAQ

FRENCH_CANADA_SPEECH_STAGE_NOTES = (
    ("title", "Notes d'allocution du ministre de la Défense nationale lors de sa visite aux membres de l'opération IMPACT"),
    ("p", "Camp Arifjan (Koweït), le 12 décembre 2026"),
    ("p", "Seul le texte prononcé fait foi"),
    ("p", "[Le ministre est présenté par le commandant de la Force opérationnelle interarmées – Irak.]"),
    ("p", "Merci, mon colonel. Bonjour à toutes et à tous. [En anglais : « Good morning, everyone. »]"),
    ("p", "Je suis venu vous dire merci, au nom de la population canadienne, à quelques jours de Noël et loin "
          "de vos familles. [Applaudissements]"),
    ("heading", "Une mission renouvelée"),
    ("p", "La semaine dernière, le gouvernement a prolongé l'opération IMPACT jusqu'en mars 2029. Le mandat "
          "permet de déployer jusqu'à 300 membres des Forces armées canadiennes dans la région. Aujourd'hui, "
          "environ 250 d'entre vous servent au Koweït, en Irak et en Jordanie."),
    ("p", "Au sein de la mission de l'OTAN en Irak, qui compte désormais quelque 800 militaires de tous les "
          "pays alliés, une quarantaine de Canadiens conseillent le ministère irakien de la Défense à Bagdad."),
    ("p", "[Le ministre se tourne vers les membres de l'équipage du CC-150 Polaris.]"),
    ("p", "Votre équipage a ravitaillé en vol plus de 1 200 appareils de la coalition depuis 2014. Et nos "
          "instructeurs ont formé plus de 11 000 membres des forces de sécurité irakiennes. Ce sont des "
          "chiffres dont vous pouvez être fiers. [Applaudissements]"),
    ("heading", "Au-delà de la sécurité"),
    ("p", "Votre travail s'inscrit dans un engagement plus large. Depuis 2016, notre stratégie pour le "
          "Moyen-Orient représente plus de 4,5 milliards de dollars pour la sécurité, la stabilisation, l'aide "
          "humanitaire et le développement."),
    ("p", "Cette année, nous ajoutons 35 millions de dollars pour renforcer les capacités des forces armées "
          "libanaises et jordaniennes, ainsi que 12,5 millions de dollars pour la stabilisation des zones "
          "libérées en Irak, notamment le déminage."),
    ("p", "[Pause. Le ministre quitte ses notes.]"),
    ("p", "Vous êtes 250, mais derrière vous, il y a 38 millions de Canadiens. N'oubliez jamais cela."),
    ("p", "Merci. Joyeuses fêtes. [Applaudissements prolongés]"),
    ("p", "Relations avec les médias, Défense nationale : 613-996-2353"),
)
GOLD_DOCX["fr-v-allocution-notes-scene-canada.docx"] = FRENCH_CANADA_SPEECH_STAGE_NOTES


ARABIC_LEBANON_ARMY_CYPRUS_HANDOVER = (
    ("title", "الجيش يتسلّم زوارق دورية ومعدات بحرية هبةً من جمهورية قبرص"),
    ("p", "الجمهورية اللبنانية – قيادة الجيش – مديرية التوجيه | بيروت في ٢٠ أيلول ٢٠٢١"),
    ("heading", "بيان"),
    ("p", "أقيم صباح اليوم في قاعدة بيروت البحرية احتفال تسلّم فيه الجيش اللبناني هبةً مقدّمة من جمهورية قبرص، "
          "تتضمّن زوارق دورية سريعة وأجهزة ملاحة واتصالات بحرية، بقيمة إجمالية تبلغ ١٫٢ مليون يورو، وذلك بحضور "
          "سفير قبرص في لبنان وممثل قائد الجيش قائد القوات البحرية."),
    ("p", "وتضمّنت الهبة ٤ زوارق دورية و٢٠٠ سترة نجاة، إضافة إلى قطع غيار تكفي لمدة عامين."),
    ("heading", "كلمة السفير القبرصي"),
    ("p", "وأكد السفير في كلمته أن بلاده قدّمت منذ عام ٢٠١٦ مساعدات عسكرية للجيش اللبناني تجاوزت قيمتها ٥ ملايين "
          "يورو، مشيراً إلى أن «أمن لبنان البحري جزء من أمن شرق المتوسط»."),
    ("p", "وأعلن أن حكومته ستخصّص مليونَي يورو إضافيين خلال عام ٢٠٢٢ لدعم القوات البحرية اللبنانية في مراقبة "
          "الحدود البحرية."),
    ("p", "وأوضح أن فريقاً من ١٢ مدرّباً من الحرس الوطني القبرصي سيصل إلى لبنان الشهر المقبل لتدريب ٦٠ عنصراً من "
          "القوات البحرية اللبنانية على تشغيل الزوارق وصيانتها."),
    ("p", "وذكّر بأن قبرص قدّمت ٨٠٠ ألف يورو مساعدات إنسانية للمتضررين من انفجار مرفأ بيروت عام ٢٠٢٠."),
    ("heading", "كلمة قائد القوات البحرية"),
    ("p", "من جهته، شكر ممثل قائد الجيش الجانب القبرصي على هذه الهبة، مؤكداً أن الجيش يعتمد بنسبة تقارب ٨٥٪ على "
          "المساعدات الخارجية في تجهيز وحداته. يُذكر أن الولايات المتحدة قدّمت للجيش اللبناني أكثر من ٣ مليارات "
          "دولار منذ عام ٢٠٠٦."),
    ("p", "وفي ختام الاحتفال، سلّم ممثل قائد الجيش درعاً تذكارية إلى السفير القبرصي."),
    ("p", "للاستعلام: مديرية التوجيه – الخط الساخن ١٧٠١"),
)
GOLD_DOCX["ar-v-lebanon-army-cyprus-handover.docx"] = ARABIC_LEBANON_ARMY_CYPRUS_HANDOVER


ARABIC_ALBANIA_BAGHDAD_SPEECH = (
    ("title", "النص الكامل لكلمة وزير خارجية جمهورية ألبانيا أمام مؤتمر بغداد الدولي للنازحين والعائدين"),
    ("p", "الأمانة العامة للمؤتمر – النصوص الرسمية | بغداد، ١٩ تشرين الثاني/نوفمبر ٢٠١٨ | ترجمة غير رسمية عن الإنجليزية"),
    ("p", "[يصعد الوزير إلى المنصة بعد كلمة ممثل الأمين العام للأمم المتحدة]"),
    ("p", "السيد الرئيس، أصحاب المعالي والسعادة، السيدات والسادة،"),
    ("p", "أشكر جمهورية العراق على استضافة هذا المؤتمر في بغداد، المدينة التي كانت قبل أربع سنوات فقط تحت تهديد "
          "مباشر. (تصفيق)"),
    ("p", "قد تكون ألبانيا بلداً صغيراً، لكننا كنا من أوائل من انضموا إلى التحالف الدولي. ففي خريف عام ٢٠١٤ أرسلنا "
          "ما يقارب ٢٢ طناً من الذخائر إلى إقليم كوردستان، ومنذ ذلك العام قدّمنا للعراق مساعدات إنسانية تجاوزت "
          "مليوناً ومئتي ألف يورو."),
    ("p", "ويخدم في العراق اليوم، ضمن بعثة حلف الناتو، اثنا عشر ضابطاً ألبانياً. وسنرفع عددهم إلى عشرين ضابطاً "
          "مطلع العام المقبل."),
    ("p", "[يلتفت الوزير إلى الوفد العراقي]"),
    ("p", "واليوم، يسعدني أن أعلن باسم حكومتي عن مساهمة جديدة قدرها خمسون مليون ليك ألباني، أي ما يعادل نحو "
          "أربعمئة ألف يورو، لمشاريع الاستقرار التي تتيح عودة النازحين إلى سنجار في شمال العراق. (تصفيق)"),
    ("p", "وكنا قد خصّصنا العام الماضي ١٥٠ ألف دولار للمساعدات الإنسانية للأطفال في العراق عبر منظمة اليونيسف."),
    ("p", "أيها الأصدقاء، لقد عاد أكثر من أربعة ملايين نازح إلى ديارهم، لكن نحو مليوني شخص ما زالوا ينتظرون. "
          "وأعلم أن مجموع التعهدات في هذه القاعة سيتجاوز ٢٫٣ مليار دولار، وكل دولار منها يجب أن يصل إلى من "
          "يستحقه."),
    ("p", "ونحن في ألبانيا نعرف معنى النزوح؛ فقد استقبل شعبنا أكثر من ٥٠٠ لاجئ من المنطقة في السنوات الأخيرة."),
    ("p", "أشكركم. (تصفيق حار)"),
    ("p", "[انتهت الكلمة عند الساعة ١١:٤٠ بتوقيت بغداد]"),
)
GOLD_DOCX["ar-v-speech-albania-baghdad.docx"] = ARABIC_ALBANIA_BAGHDAD_SPEECH


KOREA_EQUIPMENT_HANDOVER = (
    ("title", "Korea hands over engineering equipment worth KRW 3.4 billion to the Iraqi Army"),
    ("p", "Embassy of the Republic of Korea in Iraq | Press Release | Baghdad, 21 April 2026"),
    ("p", "The Embassy of the Republic of Korea handed over engineering and mine-clearance equipment valued at "
          "KRW 3.4 billion (about US$2.5 million) to the Engineering Directorate of the Iraqi Army at a ceremony at "
          "Al-Muthanna base in Baghdad on 20 April."),
    ("p", "The consignment comprises 14 armoured utility vehicles, 60 mine detectors, 2 mobile repair workshops and "
          "protective kits for 150 operators."),
    ("p", "Four engineers from the Republic of Korea Army will remain in Baghdad for up to three months to train "
          "Iraqi crews in using and maintaining the equipment. Some 120 Iraqi engineers are expected to complete "
          "the course by July."),
    ("heading", "Second delivery under the 2024-2026 programme"),
    ("p", "Today's handover is the second under the Korea-Iraq security cooperation programme for 2024-2026, which "
          "is worth KRW 9 billion in total. The first delivery, in 2025, was valued at KRW 2.1 billion."),
    ("heading", "Ambassador's remarks"),
    ("p", "\u201cKorea stands with Iraq for the long term,\u201d said Ambassador Kim Jae-won. \u201cSince 2014 we "
          "have provided more than US$80 million in humanitarian and stabilisation assistance to Iraq, and this "
          "equipment will help Iraqi engineers make farmland and villages safe again.\u201d"),
    ("p", "Lt. Gen. Hassan al-Rikabi, Director of Engineering, said Iraqi teams had cleared some 40 per cent of the "
          "contaminated land recorded in Nineveh since 2017."),
    ("heading", "Water for Basra"),
    ("p", "Separately, the Korea International Cooperation Agency (KOICA), Korea's development cooperation agency, "
          "will fund a USD 6 million drinking-water project in Basra for 2026-2028, to be implemented with UNICEF."),
    ("heading", "Media contact"),
    ("li", "Press Section, Embassy of the Republic of Korea in Iraq"),
    ("li", "Tel. +964 780 100 2323 | iraq@mofa.go.kr"),
)
GOLD_DOCX["en-v-korea-equipment-handover.docx"] = KOREA_EQUIPMENT_HANDOVER


ARABIC_QATAR_DONORS_SPEECH = (
    ("title", "كلمة دولة قطر أمام المؤتمر الدولي للمانحين لدعم سوريا ودول الجوار"),
    ("p", "ألقاها سعادة وزير الدولة للتعاون الدولي | بروكسل، الثلاثاء 17 مارس 2026"),
    ("p", "بسم الله الرحمن الرحيم، السيدات والسادة رؤساء الوفود، الحضور الكرام،"),
    ("p", "يطيب لي في البداية أن أتقدّم بالشكر إلى الاتحاد الأوروبي على تنظيم هذا المؤتمر في ظرف دقيق يمرّ به "
          "الشعب السوري الشقيق، بعد أن بلغ عدد المحتاجين إلى المساعدة داخل سوريا وحدها قرابة 16 مليون إنسان."),
    ("p", "إن خطة الاستجابة الإنسانية الأممية لهذا العام، البالغة 4.2 مليار دولار، لم يُموَّل منها حتى اليوم سوى "
          "21٪، وهذه فجوة لا يجوز أن نتركها تتسع."),
    ("heading", "تعهّد دولة قطر"),
    ("p", "ومن هذا المنبر، يسرّني أن أعلن تعهّد دولة قطر بمبلغ مئة وخمسين مليون دولار أمريكي (ما يعادل نحو 546 "
          "مليون ريال قطري) لعام 2026، دعمًا للاستجابة الإنسانية للشعب السوري."),
    ("p", "وسيُخصَّص من هذا التعهد خلال عام 2026 مبلغ 90 مليون دولار للاستجابة الإنسانية داخل سوريا، ومبلغ يتراوح "
          "بين 25 و30 مليون دولار لدعم اللاجئين السوريين في الأردن ولبنان، ولا سيما في قطاعي التعليم والصحة."),
    ("p", "وستصل المساعدات النقدية إلى نحو 20 ألف أسرة، بواقع 300 دولار للأسرة الواحدة شهريًا، عبر شركائنا في "
          "وكالات الأمم المتحدة والهلال الأحمر القطري."),
    ("p", "وبهذا التعهد يتجاوز ما قدّمته دولة قطر من مساعدات للشعب السوري منذ عام 2011 ملياري دولار أمريكي."),
    ("heading", "شراكة دولية"),
    ("p", "ونرحّب بإعلان الاتحاد الأوروبي اليوم عن 2.5 مليار يورو، ونذكّر بأن تعهدات المؤتمر في دورته الماضية بلغت "
          "5.8 مليار يورو من جميع المانحين. غير أن الأرقام وحدها لا تكفي ما لم تقترن بحل سياسي شامل يحفظ وحدة "
          "سوريا وسيادتها."),
    ("p", "وختامًا، تؤكد دولة قطر التزامها الثابت بالوقوف إلى جانب الشعب السوري حتى يستعيد أمنه واستقراره. "
          "والسلام عليكم ورحمة الله وبركاته."),
    ("heading", "للتواصل الإعلامي"),
    ("li", "إدارة الإعلام، وزارة الخارجية – الدوحة"),
    ("li", "هاتف: 40111111 (974+)"),
)
GOLD_DOCX["ar-w-qatar-donors-conference-speech.docx"] = ARABIC_QATAR_DONORS_SPEECH


ARABIC_SLOVENIA_AMBASSADOR_LETTER = (
    ("title", "رسالة من سفير جمهورية سلوفينيا إلى معالي وزير التخطيط في جمهورية العراق"),
    ("p", "سفارة جمهورية سلوفينيا | الرقم: 417/2026 | التاريخ: 28 يناير 2026"),
    ("p", "معالي الوزير المحترم،"),
    ("p", "تحية طيبة وبعد، يشرّفني، في ختام اجتماع اللجنة المشتركة الذي عُقد في بغداد الأسبوع الماضي، أن أوجز "
          "لمعاليكم ما تعتزم حكومة جمهورية سلوفينيا تقديمه إلى العراق خلال المرحلة المقبلة، تأكيدًا لما ورد في "
          "محضر الاجتماع."),
    ("p", "أولًا، ستواصل القوات المسلحة السلوفينية نشر وحدة تدريب في أربيل بإقليم كردستان العراق يصل قوامها إلى "
          "15 عسكريًا. وقد خدم في العراق منذ عام 2015 ما يزيد على 250 جنديًا سلوفينيًا، درّبوا أكثر من 3000 من "
          "مقاتلي البيشمركة على الإسعاف القتالي وتفكيك المتفجرات."),
    ("p", "ثانيًا، ساهمت حكومتي بمبلغ 800 ألف يورو لعام 2026 في برامج إزالة الألغام في العراق ضمن جهود تحقيق "
          "الاستقرار، تنفّذها مؤسسة ITF لتعزيز الأمن البشري ومقرها ليوبليانا. وللعلم، تدير المؤسسة هذا العام ما "
          "مجموعه 6 ملايين يورو من مساهمات عدة مانحين، في مقدمتهم الولايات المتحدة."),
    ("p", "ثالثًا، قدّمنا هذا العام 300 ألف يورو من المساعدات الإنسانية للنازحين العراقيين عبر المفوضية السامية "
          "للأمم المتحدة لشؤون اللاجئين."),
    ("p", "وبذلك يبلغ ما قدّمته سلوفينيا بين عامي 2015 و2025 ما مجموعه 4.2 مليون يورو لدعم الاستقرار والمساعدات "
          "الإنسانية في العراق، وهو مبلغ متواضع قياسًا بحجم الاحتياجات، لكنه يعكس التزامًا راسخًا."),
    ("p", "وتتطلع السفارة إلى عقد الاجتماع الثالث للجنة المشتركة في ليوبليانا في الربع الأخير من العام، وتقترح "
          "أن يُخصَّص جزء منه لمتابعة المشاريع الـ 7 الجارية."),
    ("p", "وتفضلوا معاليكم بقبول فائق الاحترام والتقدير."),
    ("p", "السفير ماتيا بوجاتشار"),
    ("li", "نسخة إلى: وزارة الخارجية العراقية – دائرة أوروبا"),
    ("li", "هاتف السفارة: 7901 234 567 (964+)"),
)
GOLD_DOCX["ar-w-slovenia-ambassador-letter.docx"] = ARABIC_SLOVENIA_AMBASSADOR_LETTER


KOREA_AMBASSADOR_LETTER = (
    ("title", "Lettre ouverte de l'ambassadeur de la R\u00e9publique de Cor\u00e9e au Liban"),
    ("p", "Beyrouth, le 18 novembre 2026"),
    ("p", "Monsieur le R\u00e9dacteur en chef,"),
    ("p", "Votre quotidien a publi\u00e9 le 10 novembre une enqu\u00eate sur la baisse de l'aide internationale au Liban. "
          "Permettez-moi d'y apporter quelques pr\u00e9cisions sur l'engagement de mon pays, qui ne faiblit pas."),
    ("p", "Depuis 2013, la Cor\u00e9e a consacr\u00e9 plus de 60 millions de dollars am\u00e9ricains \u00e0 l'aide aux r\u00e9fugi\u00e9s "
          "syriens et aux communaut\u00e9s d'accueil au Liban."),
    ("p", "En 2026, le gouvernement cor\u00e9en a d\u00e9cid\u00e9 d'accorder 8 millions de dollars (soit environ 11 milliards "
          "de wons) d'aide humanitaire au Liban, dont 3 millions de dollars par l'interm\u00e9diaire du Programme "
          "alimentaire mondial. Ces fonds permettront de nourrir quelque 45 000 personnes pendant six mois."),
    ("p", "L'Agence cor\u00e9enne de coop\u00e9ration internationale (KOICA) m\u00e8ne par ailleurs au Liban un programme de "
          "formation professionnelle de 4,2 millions de dollars pour 2025-2027, \u00e0 Tripoli et dans le Akkar ; "
          "2 300 jeunes en ont d\u00e9j\u00e0 b\u00e9n\u00e9fici\u00e9 dans 14 centres."),
    ("p", "Enfin, l'unit\u00e9 Dongmyeong, forte d'environ 250 militaires cor\u00e9ens, sert dans le sud du Liban au sein de "
          "la FINUL. Depuis 2007, plus de 6 000 soldats cor\u00e9ens ont servi au Liban, et leurs m\u00e9decins ont "
          "soign\u00e9 plus de 90 000 habitants des villages voisins."),
    ("p", "Votre article rappelait \u00e0 juste titre que les donateurs r\u00e9unis \u00e0 Bruxelles en mars ont promis 5,8 "
          "milliards d'euros pour la Syrie et la r\u00e9gion. La Cor\u00e9e, qui n'est pas membre de l'Union europ\u00e9enne, "
          "agit \u00e0 c\u00f4t\u00e9 de ces efforts, dans la dur\u00e9e."),
    ("p", "Je vous prie d'agr\u00e9er, Monsieur le R\u00e9dacteur en chef, l'expression de ma consid\u00e9ration distingu\u00e9e."),
    ("p", "Park Min-jun, ambassadeur de la R\u00e9publique de Cor\u00e9e au Liban"),
    ("li", "Ambassade de la R\u00e9publique de Cor\u00e9e, Baabda \u2013 T\u00e9l. +961 5 922 846"),
)
GOLD_DOCX["fr-w-lettre-ambassadeur-coree-liban.docx"] = KOREA_AMBASSADOR_LETTER


GERMANY_WATER_AGREEMENT_SUMMARY = (
    ("title", "Summary of the financing agreement with Iraq on drinking water networks in Nineveh"),
    ("p", "Federal Ministry for Economic Cooperation and Development (BMZ) and KfW Development Bank"),
    ("p", "Berlin and Baghdad, 3 September 2026"),
    ("p", "Germany and Iraq yesterday signed a financing agreement to rebuild and extend the drinking water "
          "networks of the districts of Mosul and Tal Afar, which were badly damaged in the fighting against Daesh. "
          "KfW Development Bank implements the programme on behalf of the Federal Government."),
    ("heading", "The agreement at a glance"),
    ("li", "Parties: the Federal Republic of Germany, represented by KfW, and the Ministry of Planning of the "
           "Republic of Iraq"),
    ("li", "Grant: EUR 36 million from the federal budget (approximately IQD 55 billion)"),
    ("li", "Promotional loan: up to EUR 60 million at a reduced interest rate, repayable over 30 years"),
    ("li", "Contribution of the Iraqi Government: IQD 12 billion for land and house connections"),
    ("li", "Duration: 48 months"),
    ("heading", "Disbursement of the grant in three tranches"),
    ("li", "First tranche: EUR 12 million in 2026, on signature"),
    ("li", "Second tranche: EUR 14 million in 2027, once 40 per cent of the pipe network has been laid"),
    ("li", "Third tranche: EUR 10 million in 2028, after the final technical audit"),
    ("heading", "Expected results"),
    ("p", "About 310,000 people will gain a reliable supply of drinking water, at an average investment of roughly "
          "EUR 116 per person. During construction the programme will employ some 900 local workers, and 25 water "
          "engineers of the Nineveh Water Directorate will be trained in network management."),
    ("heading", "Background"),
    ("p", "Since 2014 Germany has committed more than EUR 3.2 billion to Iraq for humanitarian aid, stabilisation "
          "and development, which makes it one of the country's largest bilateral donors. The agreement is part of the "
          "Iraq-Germany partnership for reconstruction agreed in 2023."),
    ("p", "Press contacts: BMZ press office, +49 30 18 535 2451, presse@bmz.bund.de; "
          "KfW press office, +49 69 7431 4400"),
)
GOLD_DOCX["en-w-germany-water-agreement-summary.docx"] = GERMANY_WATER_AGREEMENT_SUMMARY

FRENCH_TUNISIA_GERMANY_GRANT_DECREE = (
    ("title", "Décret gouvernemental n° 2026-512 du 7 juillet 2026, portant approbation de l'accord de don et de "
              "l'accord de prêt conclus entre la République tunisienne et la KfW"),
    ("p", "Journal officiel de la République tunisienne – n° 81 du 10 juillet 2026"),
    ("p", "Le Chef du Gouvernement,"),
    ("p", "Sur proposition du ministre de l'Économie et de la Planification,"),
    ("p", "Vu la Constitution, et notamment ses articles 74 et 101,"),
    ("p", "Vu la loi n° 2025-47 du 12 décembre 2025, portant loi de finances pour l'année 2026,"),
    ("p", "Vu l'accord de coopération financière conclu à Tunis le 3 mars 2026 entre le Gouvernement de la République "
          "tunisienne et le Gouvernement de la République fédérale d'Allemagne,"),
    ("p", "Vu l'avis du Tribunal administratif,"),
    ("p", "Décrète :"),
    ("heading", "Article premier"),
    ("p", "Est approuvé l'accord de don conclu le 3 mars 2026 entre la République tunisienne et la Kreditanstalt für "
          "Wiederaufbau (KfW), agissant pour le compte du Gouvernement de la République fédérale d'Allemagne, d'un "
          "montant de dix-huit millions d'euros (18 000 000 €), soit environ 61 millions de dinars, destiné au "
          "financement du programme d'appui à la prévention de l'extrémisme violent chez les jeunes dans les "
          "gouvernorats de Kasserine, Gafsa et Sidi Bouzid."),
    ("p", "Pour ce volet de prévention, le don comprend une composante d'assistance technique de 2,5 millions "
          "d'euros, mise en œuvre par la GIZ, dont quelque 6 000 jeunes doivent bénéficier."),
    ("heading", "Article 2"),
    ("p", "Est approuvé l'accord de prêt conclu à la même date entre la République tunisienne et la KfW, d'un montant "
          "maximal de 45 millions d'euros, remboursable sur 30 ans dont 10 ans de grâce, au taux de 0,75 % par an, "
          "destiné à la réhabilitation de 120 kilomètres de pistes rurales dans les mêmes gouvernorats."),
    ("heading", "Article 3"),
    ("p", "La contribution de l'État tunisien au programme, d'un montant de 4,2 millions de dinars, est inscrite au "
          "budget du ministère de l'Économie et de la Planification."),
    ("heading", "Article 4"),
    ("p", "Le ministre de l'Économie et de la Planification et le ministre des Finances sont chargés, chacun en ce qui "
          "le concerne, de l'exécution du présent décret gouvernemental qui sera publié au Journal officiel de la "
          "République tunisienne."),
    ("p", "Tunis, le 7 juillet 2026."),
    ("p", "Le Chef du Gouvernement"),
)
GOLD_DOCX["fr-x-decret-accord-don-allemagne-tunisie.docx"] = FRENCH_TUNISIA_GERMANY_GRANT_DECREE


#: Blind round 23 of issue 11: an IATI-style activity record, with fields, a budget and dated transactions.
JAPAN_IATI_ACTIVITY_RECORD = (
    ("title", "Rehabilitation of Water Supply Facilities in Nineveh Governorate, Phase 2"),
    ("p", "Activity record published to the IATI Registry by the Ministry of Foreign Affairs of Japan"),
    ("p", "IATI identifier: JP-1-MOFA-IQ-2024-017 | Last updated: 2026-01-20 | Default currency: JPY"),
    ("heading", "Summary"),
    ("li", "Reporting organisation: Ministry of Foreign Affairs of Japan (JP-1)"),
    ("li", "Funding organisation: Government of Japan; implementing organisation: United Nations Development "
           "Programme (UNDP), Funding Facility for Stabilization"),
    ("li", "Activity status: 2 - Implementation"),
    ("li", "Recipient country: Iraq (100%)"),
    ("li", "Sector: 14020 - Water supply and sanitation, large systems (100%)"),
    ("li", "Flow type: 10 - ODA; finance type: 110 - Standard grant; aid type: C01 - Project-type interventions"),
    ("li", "Activity dates: planned start 2024-04-01; actual start 2024-06-15; planned end 2026-12-31"),
    ("heading", "Description"),
    ("p", "The second phase of the project repairs pumping stations, reservoirs and distribution pipes damaged during "
          "the fighting against Daesh, so that about 180,000 residents and returnees in western Mosul and Bashiqa "
          "regain a safe supply of drinking water. Twenty-four engineers of the Nineveh Water Directorate will be "
          "trained to operate the rehabilitated network."),
    ("heading", "Budget"),
    ("p", "Total budget: JPY 1,350,000,000 (approximately USD 9.1 million) for the period 2024-04-01 to 2026-12-31"),
    ("heading", "Transactions"),
    ("li", "2024-06-10 | Outgoing commitment | JPY 1,350,000,000 | Government of Japan to UNDP"),
    ("li", "2024-07-02 | Disbursement | JPY 700,000,000 | first instalment"),
    ("li", "2025-05-20 | Disbursement | JPY 450,000,000 | second instalment"),
    ("heading", "Planned disbursements"),
    ("li", "2026-01-01 to 2026-12-31 | JPY 200,000,000 | final instalment, subject to the results review"),
    ("heading", "Related activities"),
    ("li", "Parent: JP-1-MOFA-IQ-FFS - Japan's contributions to the Funding Facility for Stabilization"),
    ("li", "Preceding: JP-1-MOFA-IQ-2021-044 - Phase 1 (2021-2023), JPY 980,000,000, completed"),
    ("heading", "Results to date"),
    ("p", "3 of 5 pumping stations and 42 km of pipes rehabilitated; 61 per cent of planned household connections "
          "restored. Contact: Economic Cooperation Section, Embassy of Japan in Iraq, +964 790 194 0000."),
)
GOLD_DOCX["en-x-japan-iati-activity-record.docx"] = JAPAN_IATI_ACTIVITY_RECORD

IRAQ_LAW_KOREA_LOAN = (
    ("title", "قانون رقم (١٤) لسنة ٢٠٢٣: قانون تصديق اتفاقية القرض بين حكومة جمهورية العراق وحكومة جمهورية كوريا"),
    ("p", "باسم الشعب – رئاسة الجمهورية"),
    ("p", "بناءً على ما أقرّه مجلس النواب وصادق عليه رئيس الجمهورية، واستناداً إلى أحكام البند (أولاً) من المادة (٦١) "
          "والبند (ثالثاً) من المادة (٧٣) من الدستور، صدر القانون الآتي:"),
    ("heading", "المادة ١"),
    ("p", "تُصدَّق اتفاقية القرض الموقعة في بغداد بتاريخ ٩ آذار ٢٠٢٣ بين حكومة جمهورية العراق وحكومة جمهورية كوريا، "
          "البالغ مبلغها ٢٠٠ مليون دولار أمريكي (ما يعادل ٢٦١ مليار وون كوري تقريباً)، لتمويل إعادة تأهيل شبكات نقل "
          "الكهرباء في محافظتي نينوى والأنبار."),
    ("heading", "المادة ٢"),
    ("p", "يُسدَّد القرض على مدى ٤٠ عاماً، منها فترة سماح مدتها ١٠ أعوام، بفائدة سنوية نسبتها ٠٫١٪ من الرصيد غير المسدد."),
    ("heading", "المادة ٣"),
    ("p", "يُصرف مبلغ القرض على دفعات وفق جدول التنفيذ المرفق بالاتفاقية، على ألا تتجاوز الدفعة الأولى ٣٥ مليون دولار "
          "في السنة المالية ٢٠٢٣، وتتولى وزارة المالية فتح حساب خاص لدى البنك المركزي العراقي لهذا الغرض."),
    ("heading", "المادة ٤"),
    ("p", "ينفَّذ هذا القانون من تاريخ نشره في الجريدة الرسمية، وعلى وزيري المالية والكهرباء تنفيذ أحكامه."),
    ("p", "عبد اللطيف جمال رشيد – رئيس الجمهورية"),
    ("p", "صدر في بغداد في ٢٢ حزيران ٢٠٢٣"),
    ("heading", "الأسباب الموجبة"),
    ("p", "لمّا كانت جمهورية كوريا قد قدّمت إلى العراق منذ عام ٢٠٠٣ منحاً وقروضاً تزيد قيمتها على ٧٠٠ مليون دولار، "
          "وشاركت بقوة قوامها نحو ٣٦٠٠ جندي في إقليم كردستان العراق بين عامي ٢٠٠٤ و٢٠٠٨، ولغرض الإسهام في إعادة إعمار "
          "البنى التحتية في المحافظات المحررة التي تضرر فيها أكثر من ٦٠٪ من محطات التحويل، ولتمكين الحكومة من "
          "الاستفادة من شروط الاقتراض الميسرة، شُرِّع هذا القانون."),
    ("p", "نُشر في جريدة الوقائع العراقية، العدد ٤٧٢٨، بتاريخ ٣ تموز ٢٠٢٣."),
)
GOLD_DOCX["ar-x-iraq-law-korea-loan.docx"] = IRAQ_LAW_KOREA_LOAN

SWEDEN_EVALUATION_SUMMARY = (
    ("title", "ملخص تقرير التقييم: الدعم السويدي للاستقرار في العراق ٢٠١٩–٢٠٢٢"),
    ("p", "أُعدّ لصالح الوكالة السويدية للتعاون الإنمائي الدولي (سيدا) – ستوكهولم، ١٦ أيار ٢٠٢٣. ترجمة عربية غير رسمية للملخص التنفيذي."),
    ("heading", "الغرض من التقييم"),
    ("p", "يقيس هذا التقييم المستقل مدى تحقيق الدعم السويدي لأهدافه في المحافظات العراقية المحررة من تنظيم داعش، "
          "ويقارن الإنفاق المخطط في قرار التمويل بالإنفاق الفعلي حتى نهاية البرنامج. وقد زار فريق التقييم المؤلف من "
          "خمسة باحثين ١٨ موقعاً في نينوى والأنبار وصلاح الدين، وأجرى مقابلات مع ٢٤٠ مستفيداً."),
    ("heading", "الإنفاق المخطط مقابل الفعلي في العراق ٢٠١٩–٢٠٢٢ (بملايين الكرونات السويدية)"),
    ("li", "صندوق تمويل الاستقرار التابع لبرنامج الأمم المتحدة الإنمائي: المخطط ٢٠٠ – الفعلي ١٩٥"),
    ("li", "إزالة الألغام ضمن جهود الاستقرار (دائرة الأمم المتحدة للإجراءات المتعلقة بالألغام): المخطط ٨٠ – الفعلي ٧٦"),
    ("p", "ملاحظة: حُوّلت المبالغ بسعر الصرف السائد في تاريخ كل دفعة؛ ويعادل الدولار الأمريكي الواحد نحو ١٠٫٥ كرونة في المتوسط."),
    ("heading", "أبرز النتائج"),
    ("p", "بلغ الإنفاق الفعلي للسويد في العراق ٢٧١ مليون كرونة سويدية من أصل ٢٨٠ مليوناً مخططة للفترة ٢٠١٩–٢٠٢٢، "
          "أي بنسبة تنفيذ قاربت ٩٦٫٨٪. ويعود الفارق أساساً إلى تأخر عمليات المسح في المناطق الريفية من نينوى خلال عام ٢٠٢٠."),
    ("p", "أسهم التمويل في إعادة تأهيل ٣١ مدرسة و١٢ مركزاً صحياً، وتطهير ما يزيد على ٤ ملايين متر مربع من الأراضي، "
          "واستفاد منه بشكل مباشر نحو ٣٥٠ ألف شخص. وبلغت مساهمات المانحين مجتمعين في صندوق تمويل الاستقرار أكثر من "
          "١٫٨ مليار دولار حتى نهاية ٢٠٢٢، أي أن الحصة السويدية ظلت متواضعة نسبياً."),
    ("heading", "التوصيات"),
    ("li", "ربط الدفعات المستقبلية بمؤشرات عودة النازحين لا بعدد المشاريع المنجزة."),
    ("li", "تعزيز التنسيق مع الحكومة العراقية بشأن تشغيل المرافق وصيانتها بعد تسليمها."),
    ("p", "للاستفسار: وحدة التقييم في سيدا، هاتف ‎+46 8 698 50 00، البريد الإلكتروني evaluation@sida.se"),
)
GOLD_DOCX["ar-y-sweden-evaluation-summary.docx"] = SWEDEN_EVALUATION_SUMMARY


#: Blind round 24 of issue 11: an evaluation summary with planned versus actual spending per component.
FRENCH_EVALUATION_PLANNED_ACTUAL = (
    ("title", "Évaluation du programme français de stabilisation de Mossoul (2018-2022) – Synthèse"),
    ("p", "Ministère de l'Europe et des Affaires étrangères – Centre de crise et de soutien – Rapport d'évaluation "
          "n° 2023-14, septembre 2023"),
    ("heading", "1. Objet de l'évaluation"),
    ("p", "L'évaluation, confiée à un cabinet indépendant, porte sur le programme de stabilisation financé par la France "
          "à Mossoul, en Irak, après la reprise de la ville en 2017. Elle examine la pertinence, l'efficacité et la "
          "durabilité des actions menées avec les autorités de la province de Ninive."),
    ("heading", "2. Exécution financière"),
    ("p", "Sur la période 2018-2022, l'enveloppe prévue de 20 millions d'euros a été exécutée à hauteur de "
          "17,3 millions d'euros, soit un taux d'exécution de 86,5 %. L'écart s'explique surtout par les retards dus à la "
          "pandémie en 2020."),
    ("p", "Exécution par volet, 2018-2022 (prévu / réalisé) :"),
    ("li", "Réhabilitation d'écoles et de réseaux d'eau : prévu 9 M€, réalisé 7,9 M€"),
    ("li", "Déminage des quartiers de la vieille ville : prévu 6 M€, réalisé 5,8 M€"),
    ("p", "Le solde a financé le soutien psychosocial et l'appui aux autorités locales. À titre de comparaison, le Fonds de "
          "financement pour la stabilisation du PNUD, alimenté par l'ensemble des donateurs, a mobilisé 1,4 milliard de "
          "dollars sur la même période."),
    ("heading", "3. Résultats"),
    ("p", "Le programme a permis la réouverture de 37 écoles et le retour de 4 200 familles dans leur quartier. Deux "
          "experts techniques internationaux mis à disposition par la France ont suivi les chantiers sur place ; ils ont "
          "formé 150 ingénieurs et techniciens irakiens."),
    ("heading", "4. Recommandations"),
    ("li", "Prévoir une réserve pour aléas d'au moins 10 % dans les prochains programmes."),
    ("li", "Associer plus tôt les municipalités à l'entretien des ouvrages."),
    ("p", "Contact : Mission de l'évaluation, evaluation.cdcs@diplomatie.gouv.fr – 01 43 17 53 53"),
)
GOLD_DOCX["fr-y-rapport-evaluation-stabilisation-mossoul.docx"] = FRENCH_EVALUATION_PLANNED_ACTUAL


def make_docx(items) -> bytes:
    """A DOCX of (kind, text) items: kind is "title", "heading", "p" or "li"."""
    import docx

    document = docx.Document()
    for kind, text in items:
        if kind == "title":
            document.add_heading(text, level=1)
            document.core_properties.title = text
        elif kind == "heading":
            document.add_heading(text, level=2)
        elif kind == "li":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


NORWAY_AUDIT_SUMMARY = (
    ("title", "Summary: the Office of the Auditor General's audit of Norwegian support for stabilisation in Iraq"),
    ("p", "Document 3:9 (2025-2026) | Published 26 February 2026"),
    ("heading", "Why we carried out this audit"),
    ("p", "Norway has been one of the larger donors to stabilisation in the areas of Iraq retaken from ISIL. The audit "
          "examined whether the Ministry of Foreign Affairs planned, followed up and reported this support in line with "
          "the decisions of the Storting and the rules for grant management."),
    ("heading", "Planned and actual spending"),
    ("p", "In the 2022 budget, the Storting endorsed a plan of NOK 400 million for stabilisation in Iraq over "
          "2022-2025, or NOK 100 million a year for four years."),
    ("p", "Actual disbursements over 2022-2025 were NOK 352.6 million, 88 per cent of the plan. The shortfall of "
          "NOK 47.4 million arose mainly in 2023, when payments to the UNDP Funding Facility for Stabilization were "
          "held back for five months while a case of suspected irregularities was investigated."),
    ("p", "In addition, the ministry granted NOK 25 million in 2024 for humanitarian mine action in Anbar through "
          "Norwegian People's Aid, outside the plan and without a new assessment of needs."),
    ("heading", "Main findings"),
    ("li", "Results were reported for only 19 of the 31 agreements we reviewed."),
    ("li", "The ministry's Middle East section had nine staff to follow up all agreements in the region."),
    ("li", "Other donors to the facility, among them Germany with EUR 120 million in the same period, required "
          "third-party monitoring earlier than Norway did."),
    ("heading", "Recommendations"),
    ("p", "We recommend that the ministry set targets for each agreement, document its assessments when it deviates "
          "from a plan endorsed by the Storting, and share monitoring reports with other donors."),
    ("p", "Contact: Office of the Auditor General of Norway, Storgata 16, 0184 Oslo, tel. +47 22 24 10 00, "
          "postmottak@riksrevisjonen.example"),
)
GOLD_DOCX["en-y-norway-audit-summary.docx"] = NORWAY_AUDIT_SUMMARY

SWEDEN_UNICEF_AGREEMENT_IRAQ = (
    ("title", "Agreement between the Government of Sweden and the United Nations Children's Fund (UNICEF) on "
              "humanitarian water, sanitation and hygiene support in Nineveh Governorate, Iraq"),
    ("p", "Sida contribution no. 15234 | Ministry reference UD2025/04417 | Version for signature"),
    ("heading", "Article 1 — Parties"),
    ("p", "1.1 The Government of Sweden, represented by the Swedish International Development Cooperation Agency "
          "(hereinafter \"Sida\"), and the United Nations Children's Fund (hereinafter \"UNICEF\"), together the "
          "Parties, have agreed as follows."),
    ("heading", "Article 2 — Purpose"),
    ("p", "2.1 The purpose of this Agreement is to restore safe water and sanitation for returnees and host "
          "communities in the districts of Sinjar, Tel Afar and Al-Hamdaniya. The project aims to reach 240,000 "
          "people, of whom 130,000 are children, and to rehabilitate 35 water treatment units."),
    ("heading", "Article 3 — Duration"),
    ("p", "3.1 The Agreement covers the period from 1 July 2025 to 30 June 2028 and enters into force on the date "
          "of the last signature."),
    ("heading", "Article 4 — Financial contribution"),
    ("p", "4.1 Sida shall contribute a total of SEK 90,000,000 (ninety million Swedish kronor) to the project "
          "for the period 2025-2028."),
    ("p", "4.2 The contribution shall be disbursed in three instalments, subject to the approval of the reports "
          "set out in Article 6:"),
    ("li", "(a) SEK 40,000,000 upon signature of this Agreement, in 2025;"),
    ("li", "(b) SEK 30,000,000 in 2026, after approval of the first annual report;"),
    ("li", "(c) SEK 20,000,000 in 2027, after approval of the second annual report."),
    ("p", "4.3 For information, the total contribution corresponds to approximately USD 8.6 million at the "
          "exchange rate of 10.45 SEK per USD on the date of signature."),
    ("p", "4.4 UNICEF may charge indirect costs at a rate of 8 per cent, in line with its Executive Board "
          "decision 2013/5."),
    ("heading", "Article 5 — Other funding of the project"),
    ("p", "5.1 The total budget of the project is USD 21.4 million. The Parties note that the balance is expected "
          "from the European Union (EUR 6 million) and from UNICEF's own thematic humanitarian funds."),
    ("heading", "Article 6 — Reporting"),
    ("p", "6.1 UNICEF shall submit an annual narrative and financial report by 31 March each year, and a final "
          "report no later than six months after the end of the Agreement."),
    ("heading", "Article 7 — Secondment of experts"),
    ("p", "7.1 Sweden shall second two experts through the Swedish Civil Contingencies Agency (MSB) to the "
          "UNICEF office in Mosul for up to 12 months to support the humanitarian project."),
    ("heading", "Article 8 — Previous support"),
    ("p", "8.1 This Agreement follows Sida's earlier humanitarian contribution of SEK 55 million to UNICEF's "
          "water programme in Iraq in 2022-2024, which was evaluated in 2025 (Sida Evaluation 2025:7)."),
    ("heading", "Article 9 — Signature"),
    ("p", "Signed in Stockholm on 12 June 2025, in two originals in the English language."),
    ("p", "For the Government of Sweden: Karin Edholm, Head of Unit, Sida. For UNICEF: Sheema Sen Gupta, "
          "Representative in Iraq."),
)
GOLD_DOCX["en-z-sweden-unicef-agreement-iraq.docx"] = SWEDEN_UNICEF_AGREEMENT_IRAQ
BELGIUM_UNICEF_FUNDING_AGREEMENT = (
    ("title", "Convention de financement n° 2025/LB/014 entre le Royaume de Belgique et le Fonds des Nations unies "
              "pour l'enfance (UNICEF)"),
    ("p", "Entre : le Royaume de Belgique, représenté par la Direction générale Coopération au développement et Aide "
          "humanitaire (DGD), rue des Petits Carmes 15, 1000 Bruxelles, ci-après « le Donateur » ;"),
    ("p", "et : le Fonds des Nations unies pour l'enfance, bureau de pays du Liban, Beyrouth, ci-après "
          "« l'Organisation »."),
    ("p", "Il est convenu ce qui suit."),
    ("heading", "Article 1 – Objet"),
    ("p", "La présente convention fixe les conditions de la contribution du Donateur au projet « Eau potable et écoles "
          "sûres pour les enfants réfugiés et libanais dans la Bekaa » (ci-après « le Projet »), d'une durée de "
          "24 mois à compter du 1er mars 2025."),
    ("heading", "Article 2 – Budget du Projet"),
    ("p", "Le budget total du Projet s'élève à 9 400 000 USD. Il est financé conjointement par le Donateur, par "
          "l'Union européenne (3 000 000 USD) et par les ressources ordinaires de l'Organisation."),
    ("heading", "Article 3 – Montant de la contribution"),
    ("p", "3.1 La contribution du Donateur est fixée à un montant maximal de 4 500 000 EUR (quatre millions cinq cent "
          "mille euros) au titre de l'aide humanitaire au Liban."),
    ("p", "3.2 La contribution est versée en trois tranches :"),
    ("li", "a) une première tranche de 2 000 000 EUR à la signature de la présente convention, en 2025 ;"),
    ("li", "b) une deuxième tranche de 1 500 000 EUR en 2026, après approbation du rapport intermédiaire ;"),
    ("li", "c) le solde, soit au plus 1 000 000 EUR, après approbation du rapport final."),
    ("p", "3.3 Les intérêts produits par les fonds versés sont affectés au Projet. Les frais indirects de "
          "l'Organisation ne peuvent dépasser 7 % de la contribution."),
    ("heading", "Article 4 – Personnel"),
    ("p", "L'Organisation affecte au Projet une équipe de 12 personnes basée à Zahlé. Le Donateur met à la disposition "
          "de l'Organisation un expert junior en aide humanitaire, en poste à Beyrouth (Liban), pour toute la durée "
          "du Projet."),
    ("heading", "Article 5 – Bénéficiaires et rapports"),
    ("p", "Le Projet vise 48 000 enfants, dont 60 % de réfugiés syriens, et la remise en état de 35 écoles. "
          "L'Organisation remet un rapport intermédiaire au plus tard le 31 mars 2026 et un rapport final dans les six "
          "mois suivant la fin du Projet."),
    ("heading", "Article 6 – Antécédents"),
    ("p", "La présente convention fait suite à la convention n° 2022/LB/031, par laquelle le Donateur a versé "
          "3 200 000 EUR entre 2022 et 2024 au programme humanitaire de l'Organisation au Liban."),
    ("p", "Fait à Bruxelles, le 12 février 2025, en deux exemplaires originaux. Pour le Royaume de Belgique : le "
          "directeur général de la DGD. Pour l'UNICEF : la représentante au Liban."),
)
GOLD_DOCX["fr-z-convention-financement-belgique-unicef-liban.docx"] = BELGIUM_UNICEF_FUNDING_AGREEMENT


#: Blind round 25 (Arabic): a grant agreement with numbered articles and instalments, Arabic-Indic digits.
ARABIC_JAPAN_UNDP_GRANT_AGREEMENT = (
    ("title", "اتفاقية منحة بين حكومة اليابان وبرنامج الأمم المتحدة الإنمائي بشأن مشروع إعادة تأهيل شبكات المياه في "
              "قضاء سنجار"),
    ("p", "رقم الاتفاقية: JPN/UNDP/IRQ/٢٠٢٤/٠٣٧ – تاريخ التوقيع: ١٤ شباط/فبراير ٢٠٢٤ – بغداد"),
    ("p", "إن حكومة اليابان (ويشار إليها فيما يلي بـ«المانح») وبرنامج الأمم المتحدة الإنمائي (ويشار إليه فيما يلي "
          "بـ«البرنامج»)، رغبةً منهما في دعم عودة النازحين إلى المناطق المحررة من تنظيم داعش، قد اتفقتا على ما يلي:"),
    ("heading", "المادة الأولى: الغرض"),
    ("p", "تهدف هذه الاتفاقية إلى تمويل إعادة تأهيل ١٢ محطة لضخ المياه في قضاء سنجار بمحافظة نينوى في جمهورية العراق، "
          "ضمن جهود تحقيق الاستقرار في المناطق المحررة، بما يخدم نحو ٨٥ ألف نسمة."),
    ("heading", "المادة الثانية: مدة المشروع"),
    ("p", "يُنفَّذ المشروع خلال ١٨ شهراً تبدأ في ١ آذار/مارس ٢٠٢٤ وتنتهي في ٣١ آب/أغسطس ٢٠٢٥."),
    ("heading", "المادة الثالثة: التزامات البرنامج"),
    ("p", "يتولى البرنامج تنفيذ المشروع عبر مكتبه في بغداد، ويخصص له فريقاً من ٩ موظفين، ويقدم مساهمة عينية تُقدَّر "
          "بـ٣٥٠ ألف دولار أمريكي من موارده الأساسية."),
    ("heading", "المادة الرابعة: المساهمة المالية"),
    ("p", "يقدم المانح إلى البرنامج من ميزانية السنة المالية اليابانية ٢٠٢٣ مساهمة مالية قدرها ٦٧٢ مليون ين ياباني "
          "(ما يعادل نحو ٤٫٥ مليون دولار أمريكي بسعر الصرف في تاريخ التوقيع) لتحقيق الاستقرار في العراق."),
    ("heading", "المادة الخامسة: الدفعات"),
    ("p", "تُحوَّل المساهمة المذكورة في المادة الرابعة على ثلاث دفعات:"),
    ("li", "الدفعة الأولى: ٤٠٠ مليون ين ياباني خلال ٣٠ يوماً من توقيع هذه الاتفاقية."),
    ("li", "الدفعة الثانية: ٢٠٠ مليون ين ياباني بعد تسلّم المانح التقرير المرحلي الأول وموافقته عليه."),
    ("li", "الدفعة الثالثة والأخيرة: ٧٢ مليون ين ياباني عند تقديم التقرير الختامي."),
    ("heading", "المادة السادسة: تكاليف الدعم"),
    ("p", "يجوز للبرنامج أن يقتطع نسبة ٨٪ من المساهمة لتغطية تكاليف الدعم غير المباشرة، وتُعاد أي مبالغ غير مصروفة "
          "إلى المانح خلال ٦ أشهر من إقفال الحسابات."),
    ("heading", "المادة السابعة: الخبراء والتدريب"),
    ("p", "يوفد المانح خبيرين اثنين من الوكالة اليابانية للتعاون الدولي لمتابعة الأعمال الفنية في سنجار بالعراق مدة ستة "
          "أشهر، ويدرّب المشروع ٦٠ فنياً من مديرية ماء نينوى."),
    ("heading", "المادة الثامنة: التقارير"),
    ("p", "يقدم البرنامج تقريراً مرحلياً كل ستة أشهر، وتقريراً ختامياً خلال ٩٠ يوماً من انتهاء المشروع."),
    ("heading", "المادة التاسعة: أحكام ختامية"),
    ("p", "حُررت هذه الاتفاقية من نسختين أصليتين باللغتين الإنجليزية والعربية، ولكل منهما الحجية ذاتها، وتدخل حيز النفاذ "
          "من تاريخ توقيعها."),
    ("p", "عن حكومة اليابان: سفير اليابان لدى جمهورية العراق – عن البرنامج: الممثل المقيم في العراق"),
)
GOLD_DOCX["ar-z-japan-undp-grant-agreement.docx"] = ARABIC_JAPAN_UNDP_GRANT_AGREEMENT

#: Blind round 25 (Arabic): an annual report's page of projects by country, with its running header and page numbers.
ARABIC_SAUDI_FUND_ANNUAL_REPORT = (
    ("p", "الصندوق السعودي للتنمية | التقرير السنوي ٢٠٢٣ | الفصل الرابع: القروض والمنح | ٤٧"),
    ("title", "الاتفاقيات الموقعة في عام ٢٠٢٣: المشرق العربي"),
    ("p", "وقّع الصندوق خلال العام ما مجموعه ٢٣ اتفاقية قرض ومنحة في ١٨ دولة، وبلغت نسبة المشاريع المنجزة في موعدها "
          "٧٤٪. وفيما يلي أبرز الاتفاقيات في دول المشرق العربي."),
    ("heading", "مشاريع في العراق"),
    ("li", "قرض ميسر بقيمة ٣٧٥ مليون ريال سعودي (١٠٠ مليون دولار أمريكي) لإعادة تأهيل طريق بغداد–الموصل الدولي، بفترة "
           "سماح ٥ سنوات وسداد على ٢٥ سنة وبفائدة ٢٪."),
    ("li", "منحة بقيمة ٥٦٫٢٥ مليون ريال سعودي لإعادة إعمار ٣ مستشفيات في محافظة الأنبار بسعة ٤٥٠ سريراً."),
    ("heading", "مشاريع في الأردن"),
    ("li", "قرض بقيمة ١٨٧٫٥ مليون ريال سعودي لتوسعة شبكات المياه في محافظتي المفرق وإربد، يستفيد منه نحو ٤٠٠ ألف نسمة "
           "بينهم لاجئون سوريون."),
    ("li", "منحة بقيمة ٣٠ مليون ريال سعودي للمساعدات الإنسانية للاجئين السوريين في مخيم الزعتري."),
    ("heading", "مشاريع في لبنان"),
    ("li", "منحة بقيمة ١١٢٫٥ مليون ريال سعودي لإعادة تأهيل ٦٠ مدرسة رسمية في شمال لبنان."),
    ("heading", "التمويل المشترك"),
    ("p", "يشارك في تمويل طريق بغداد–الموصل البنك الإسلامي للتنمية بقرض قدره ٢٠٠ مليون دولار أمريكي، والصندوق العربي "
          "للإنماء الاقتصادي والاجتماعي بمبلغ ١٥٠ مليون دولار أمريكي."),
    ("p", "ومنذ إنشائه عام ١٩٧٤ بلغ مجموع ما قدمه الصندوق من قروض ومنح للعراق والأردن ولبنان نحو ١٤ مليار ريال سعودي."),
    ("p", "الصفحة ٤٨ من ١١٢ | الرياض، طريق الملك فهد | هاتف ٤٧٩٤٠٠٠ ١١ ٩٦٦+"),
)
GOLD_DOCX["ar-z-saudi-fund-annual-report-levant.docx"] = ARABIC_SAUDI_FUND_ANNUAL_REPORT


#: Blind round 26 (French): a minister's letter to a committee chair, with an annex table typed as tab-separated lines.
GERMANY_MINISTER_LETTER_ANNEX = (
    ("title", "Lettre de la ministre fédérale des Affaires étrangères au président de la commission des affaires "
              "étrangères du Bundestag (traduction non officielle)"),
    ("p", "Berlin, le 9 février 2027 – Réf. : 310-9-IRQ/2027/0045"),
    ("p", "Monsieur le Président,"),
    ("p", "Par votre courrier du 14 janvier 2027, vous avez souhaité connaître l'état de nos contributions à la "
          "stabilisation des zones libérées de Daech. Je vous en remercie et me permets de vous apporter les "
          "éléments suivants."),
    ("p", "Depuis 2014, l'Allemagne a mis à disposition plus de 3 milliards d'euros pour la stabilisation, l'aide "
          "humanitaire et la coopération au développement en Irak. Elle reste ainsi, après les États-Unis, le "
          "deuxième contributeur du Mécanisme de financement pour la stabilisation du PNUD, qui a réuni 1,9 milliard "
          "de dollars de 31 donateurs."),
    ("p", "La lutte contre le financement de Daech demeure une priorité : en 2026, nous avons versé 1,2 million "
          "d'euros au groupe de travail de la Coalition chargé de cette question, pour la formation de 140 enquêteurs "
          "financiers en Irak et en Jordanie."),
    ("p", "Vous trouverez en annexe le détail de nos crédits de stabilisation par pays pour les trois derniers "
          "exercices. Les montants de 2026 sont provisoires jusqu'à la clôture des comptes, prévue le 31 mars."),
    ("p", "Je reste à la disposition de la commission pour une audition, le cas échéant à huis clos. Veuillez agréer, "
          "Monsieur le Président, l'expression de ma haute considération."),
    ("heading", "Annexe – Crédits de stabilisation de l'Allemagne par pays (en millions d'euros)"),
    ("p", "Pays et instrument\t2024\t2025\t2026"),
    ("p", "Irak – Mécanisme de financement pour la stabilisation (PNUD)\t30,0\t25,0\t22,5"),
    ("p", "Syrie (nord-est) – Fonds de stabilisation\t12,5\t10,0\t8,0"),
    ("p", "Source : Office fédéral des Affaires étrangères, division S 09. Chiffres arrondis."),
)
GOLD_DOCX["fr-a-lettre-ministre-commission-annexe-allemagne.docx"] = GERMANY_MINISTER_LETTER_ANNEX

#: Blind round 26 (English): a minister's letter to a committee chair, with an enclosure table written as rows.
UK_MINISTER_LETTER_TO_COMMITTEE = (
    ("p", "Foreign, Commonwealth & Development Office | King Charles Street | London SW1A 2AH"),
    ("p", "From the Minister for the Middle East and North Africa"),
    ("p", "Our ref: MC2026/04417 | Your ref: IDC/2026/011"),
    ("p", "Sarah Pemberton MP, Chair, International Development Committee, House of Commons, London SW1A 0AA"),
    ("p", "3 March 2026"),
    ("title", "UK support for Iraq and Syria: follow-up to the evidence session of 4 February"),
    ("p", "Dear Sarah,"),
    ("p", "Thank you for your letter of 10 February and for the Committee's interest in our work in Iraq and Syria. "
          "I promised to write with the figures the Committee requested, and I enclose a table of our main programmes."),
    ("p", "In 2025 the UK provided £187 million in humanitarian and stabilisation assistance to Syria and Iraq, "
          "making us the fourth largest bilateral donor to the Syria response."),
    ("p", "You also asked about our military presence. Around 900 UK service personnel remain deployed on Operation "
          "SHADER in Iraq, Kuwait and Jordan, and they have helped train more than 100,000 members of the Iraqi "
          "security forces since 2014. The 250 British personnel serving with the UN Peacekeeping Force in Cyprus "
          "fall outside the scope of the Committee's inquiry."),
    ("p", "Since 2012 the UK has committed over £4 billion in response to the Syria crisis, our largest ever "
          "response to a single humanitarian crisis."),
    ("p", "The Iraqi Government estimates its reconstruction needs at US$88 billion; we continue to press other "
          "donors, including the World Bank, to help meet them. I am copying this letter to the Chair of the Foreign "
          "Affairs Committee."),
    ("p", "Yours sincerely,"),
    ("p", "Hamish Falconer-Reid MP"),
    ("heading", "Enclosure: Table 1 — Main UK programmes in Syria and Iraq (£ million)"),
    ("p", "Programme | 2024 | 2025"),
    ("p", "Syria – humanitarian response | 131.0 | 120.0"),
    ("p", "Iraq – stabilisation (UNDP Funding Facility for Stabilization) | 35.5 | 40.0"),
    ("p", "Notes: figures are FCDO official development assistance on a cash basis; 2025 figures are provisional. "
          "Programme numbers GB-GOV-1-300981 and GB-GOV-1-301146."),
)
GOLD_DOCX["en-a-uk-minister-letter-committee.docx"] = UK_MINISTER_LETTER_TO_COMMITTEE

#: Blind round 26 (Arabic): a budget appropriations table in thousands of dinars, with a previous-year column and
#: footnotes, written as plain-text rows; Arabic-Indic digits.
ARABIC_BAHRAIN_BUDGET_APPROPRIATIONS = (
    ("p", "مملكة البحرين – وزارة المالية والاقتصاد الوطني | مشروع الميزانية العامة للدولة ٢٠٢٥–٢٠٢٦ | الصفحة ٢١٤"),
    ("title", "اعتمادات برنامج المساعدات الخارجية والمساهمات الدولية"),
    ("p", "يعرض الجدول التالي الاعتمادات المقترحة للسنة المالية ٢٠٢٦ مقارنةً باعتمادات السنة السابقة، وتبلغ نسبة الزيادة "
          "الإجمالية ١٠٫٥٪. رمز البرنامج: ٠٤-٣١٧."),
    ("heading", "جدول رقم (٧): الاعتمادات حسب البند (بآلاف الدنانير)"),
    ("p", "البند | اعتمادات ٢٠٢٦ | اعتمادات ٢٠٢٥"),
    ("p", "المساهمة في عمليات التحالف الدولي ضد داعش (١) | ٤٬٢٠٠ | ٣٬٨٠٠"),
    ("p", "المساعدات الإنسانية للاجئين السوريين في الأردن ولبنان | ١٬٥٠٠ | ١٬٢٥٠"),
    ("p", "دعم الاستقرار في المناطق المحررة في العراق (٢) | ٩٠٠ | –"),
    ("p", "عدد البنود: ٣ | عدد الوظائف الممولة في البرنامج: ١٨"),
    ("heading", "الحواشي"),
    ("p", "(١) يشمل البند تكاليف مشاركة ١٢٠ من منتسبي قوة دفاع البحرين في عمليات التحالف، ولا يشمل تكاليف مشاركة "
          "سلاح البحرية في عمليات الأمن البحري في البحر الأحمر البالغة ٨٥٠ ألف دينار."),
    ("p", "(٢) بند جديد في ميزانية ٢٠٢٦، يُصرف عبر برنامج الأمم المتحدة الإنمائي."),
    ("p", "(٣) تُعرض المبالغ بآلاف الدنانير البحرينية، وقد لا يتطابق المجموع بسبب التقريب."),
)
GOLD_DOCX["ar-a-bahrain-budget-appropriations.docx"] = ARABIC_BAHRAIN_BUDGET_APPROPRIATIONS

#: Blind round 26 (Arabic): a minister's letter to a parliamentary committee's chair, with a table attached.
ARABIC_QATAR_MINISTER_LETTER = (
    ("title", "رسالة من وزير الدولة للشؤون الخارجية إلى رئيس لجنة الشؤون الخارجية بمجلس الشورى"),
    ("p", "الرقم: و.خ/٢٠٢٦/٣١٧ – التاريخ: ١٢ شباط/فبراير ٢٠٢٦ – الدوحة"),
    ("p", "سعادة السيد رئيس لجنة الشؤون الخارجية بمجلس الشورى المحترم،"),
    ("p", "تحية طيبة وبعد، إشارةً إلى كتابكم المؤرخ في ٢٨ كانون الثاني/يناير ٢٠٢٦ بشأن مساهمات دولة قطر في دعم الاستقرار "
          "في العراق وسوريا، يسرني أن أفيدكم بما يلي:"),
    ("p", "أولاً: قدمت دولة قطر منذ عام ٢٠١٤ ما يزيد على ٢٫٣ مليار دولار أمريكي من المساعدات الإنسانية والتنموية للشعب "
          "السوري داخل سوريا وفي دول الجوار."),
    ("p", "ثانياً: خصصت الدولة في عام ٢٠٢٥ مبلغ ٩٠ مليون دولار أمريكي لمشاريع التعافي المبكر وإعادة الإعمار في سوريا، "
          "منها ٢٥ مليون دولار أمريكي لإعادة تأهيل شبكات الكهرباء."),
    ("p", "ثالثاً: يخدم حالياً سبعة ضباط أركان من القوات المسلحة القطرية في مقر قيادة قوة المهام المشتركة للتحالف في "
          "الكويت، وقد أسهمت الدولة في تدريب ٣٠٠ من عناصر الشرطة العراقية."),
    ("p", "رابعاً: للاطلاع على التوزيع السنوي لمساهمات الدولة في العراق، أرفق لسعادتكم الجدول التالي."),
    ("p", "وتفضلوا سعادتكم بقبول فائق الاحترام والتقدير."),
    ("p", "وزير الدولة للشؤون الخارجية"),
    ("heading", "الجدول المرفق: المساهمات القطرية في العراق (بملايين الريالات القطرية)"),
    ("p", "السنة | المبلغ | القطاع | نسبة التنفيذ"),
    ("p", "٢٠٢٣ | ٩١ | المساعدات الإنسانية | ١٠٠٪"),
    ("p", "٢٠٢٤ | ١١٥ | تحقيق الاستقرار | ٨٧٪"),
    ("p", "ملاحظة: لا تشمل المبالغ أعلاه ١٥٠ مليون دولار أمريكي تعهدت بها الدول المانحة مجتمعةً في مؤتمر الكويت "
          "لإعادة إعمار العراق."),
)
GOLD_DOCX["ar-a-qatar-minister-letter-committee.docx"] = ARABIC_QATAR_MINISTER_LETTER

#: Blind round 27 (Arabic): a minister's speech at a ministerial meeting of the coalition, with his country's
#: figures and the coalition's.
ARABIC_UAE_MINISTERIAL_SPEECH = (
    ("title", "كلمة معالي وزير الدولة أمام الاجتماع الوزاري للتحالف الدولي لهزيمة داعش"),
    ("p", "مدريد، 10 يونيو 2026 – النص كما أُلقي"),
    ("p", "السيد الرئيس، أصحاب المعالي والسعادة، الزملاء الكرام،"),
    ("p", "يسعدني أن أنقل إليكم تحيات قيادة دولة الإمارات العربية المتحدة. منذ انضمام دولة الإمارات إلى التحالف عام 2014، "
          "قدمت بلادي ما يزيد على 1.2 مليار دولار أمريكي لدعم الاستقرار والتعافي في العراق وسوريا. ومن ذلك 50.4 مليون دولار "
          "لإعادة بناء جامع النوري الكبير ومنارة الحدباء في الموصل بالعراق بالشراكة مع اليونسكو."),
    ("p", "وفي عام 2025 خصصنا 75 مليون دولار للمساعدات الإنسانية في شمال شرق سوريا، وصل أثرها إلى أكثر من 900 ألف مستفيد."),
    ("p", "واليوم، يسرني أن أعلن عن مساهمة جديدة بقيمة 30 مليون دولار لصندوق تمويل الاستقرار في العراق خلال عامي 2026 و2027."),
    ("p", "أما على الصعيد العسكري، فيواصل 12 ضابط أركان إماراتياً عملهم في مقر قوة المهام المشتركة في الكويت والعراق. "
          "وفي مجال الاتصالات، أطلق مركز صواب أكثر من 1,500 حملة رقمية منذ تأسيسه."),
    ("p", "وإيماناً منا بأن خطر التنظيم انتقل إلى أفريقيا، سنسهم بمبلغ 10 ملايين دولار في برامج الوقاية من التطرف العنيف "
          "في دول غرب أفريقيا، بالتنسيق مع مجموعة التركيز الإفريقية."),
    ("p", "أصحاب المعالي، لقد حرر التحالف نحو 110 آلاف كيلومتر مربع، وجمع شركاؤه أكثر من 5 مليارات دولار لتحقيق الاستقرار "
          "منذ عام 2015. لكن عملنا لم ينته بعد."),
    ("p", "وشكراً."),
)
GOLD_DOCX["ar-aa-uae-ministerial-speech.docx"] = ARABIC_UAE_MINISTERIAL_SPEECH

#: Blind round 27 (Arabic): an embassy's release on an agreement with a UN agency, with the agency's figures; the
#: partner is named only by its currency and its e-mail address.
ARABIC_EMBASSY_BEIRUT_UNICEF_AGREEMENT = (
    ("title", "بيان صحفي: توقيع اتفاقية جديدة مع اليونيسف لدعم تعليم الأطفال وحمايتهم في لبنان"),
    ("p", "السفارة في بيروت – القسم الإعلامي | بيروت، 3 شباط/فبراير 2026 | الرقم المرجعي: BEY-2026-014"),
    ("p", "وقّعت السفيرة اليوم في مقر منظمة الأمم المتحدة للطفولة (اليونيسف) في بيروت اتفاقية تمويل بقيمة 90 مليون كرونة "
          "نرويجية (نحو 8.5 مليون دولار أمريكي) للفترة 2026-2028 لدعم برامج التعليم والحماية للأطفال اللاجئين السوريين "
          "والأطفال اللبنانيين الأكثر هشاشة في لبنان."),
    ("p", "وتتوزع المساهمة على 40 مليون كرونة للتعليم النظامي وغير النظامي، و50 مليون كرونة لبرامج حماية الطفل والدعم النفسي والاجتماعي."),
    ("p", "وتضاف هذه الاتفاقية إلى 350 مليون كرونة قدمتها بلادنا لليونيسف في لبنان منذ عام 2019، كما خصصت الحكومة في عام 2025 "
          "مبلغ 25 مليون كرونة للاستجابة الإنسانية في سوريا عبر الصندوق الإنساني القطري."),
    ("p", "وبحسب اليونيسف، ستمكّن الاتفاقية المنظمة من الوصول إلى 120 ألف طفل خلال ثلاث سنوات، وتدريب 2,400 معلم ومعلمة. "
          "وتقدر المنظمة احتياجاتها في لبنان لعام 2026 بـ 480 مليون دولار لم يُموّل منها حتى الآن سوى 22 في المئة."),
    ("p", "وقالت السفيرة: «إن بلادي ستبقى شريكاً ثابتاً للبنان ولأطفاله، وهذه الاتفاقية متعددة السنوات تمنح اليونيسف القدرة على التخطيط».")
    ,
    ("p", "من جهته، قال ممثل اليونيسف في لبنان إن المنظمة تعمل مع 280 موظفاً في ثمانية مكاتب ميدانية."),
    ("p", "للتواصل الإعلامي: emb.beirut@mfa.no | هاتف: +961 1 123 456"),
)
GOLD_DOCX["ar-aa-embassy-beirut-unicef-agreement.docx"] = ARABIC_EMBASSY_BEIRUT_UNICEF_AGREEMENT


#: Blind round 27 (English): an embassy's press release from Beirut on signing an agreement with a UN agency, with the
#: agency's own figures of people reached.
AUSTRIA_EMBASSY_BEIRUT_WFP_AGREEMENT = (
    ("p", "Embassy of Austria in Beirut | Press release No. 07/2026 | Beirut, 19 February 2026"),
    ("title", "Austria and WFP sign agreement to support vulnerable families in Lebanon"),
    ("p", "The Ambassador of Austria to Lebanon, H.E. Mag. Katharina Wieser, and the World Food Programme's Representative "
          "and Country Director in Lebanon, Mr. Samuel Okafor, today signed an agreement under which Austria contributes "
          "EUR 3 million to WFP's food and cash assistance in Lebanon in 2026."),
    ("p", "Of this amount, EUR 1.2 million is earmarked for cash assistance to Syrian refugee families in the Bekaa "
          "and in Akkar, and the rest for Lebanese households hit by the economic crisis."),
    ("p", "\u201cLebanon has carried an enormous burden for more than a decade. With this contribution, Austria stands by "
          "the families who need it most,\u201d said Ambassador Wieser at the signing ceremony at the Embassy."),
    ("p", "Mr. Okafor thanked Austria for its continued support: \u201cThis contribution will allow WFP to reach around "
          "85,000 people with monthly cash transfers for six months. In 2025, WFP assisted 1.1 million people in "
          "Lebanon, but our operation there is only 41 percent funded against a requirement of US$ 420 million.\u201d"),
    ("p", "The Embassy also announced EUR 800,000 for UNHCR\u2019s humanitarian winter assistance in Lebanon, which will "
          "provide fuel, blankets and shelter kits to some 12,000 households before the coming winter."),
    ("heading", "Austria\u2019s support to Lebanon"),
    ("p", "Since 2012, Austria\u2019s humanitarian assistance to Lebanon has totalled more than EUR 60 million, channelled "
          "through UN agencies, the Red Cross Movement and Austrian NGOs."),
    ("p", "The Austrian Development Agency is implementing a EUR 4.5 million water and sanitation programme for "
          "2025\u20132027 in Lebanon\u2019s North Governorate, a development project that will connect 14 "
          "villages to safe drinking water."),
    ("p", "Last year the European Union and its Member States together provided over EUR 860 million to Lebanon."),
    ("heading", "Notes"),
    ("p", "WFP has been present in Lebanon since 2012 and works with 22 cooperating partners across the country. "
          "Photographs of the signing are available on request."),
    ("p", "Contact: Press and Cultural Section, Embassy of Austria, Rabieh, Beirut | Tel. +961 4 417 597 | "
          "beirut-ob@bmeia.gv.at"),
)
GOLD_DOCX["en-aa-austria-embassy-beirut-wfp-agreement.docx"] = AUSTRIA_EMBASSY_BEIRUT_WFP_AGREEMENT


#: Blind round 27 (French): a minister's speech at a ministerial meeting of the Coalition, with the country's
#: figures and the Coalition's.
TUNISIA_MINISTER_SPEECH_MINISTERIAL = (
    ("p", "République tunisienne – Ministère des Affaires étrangères, de la Migration et des Tunisiens à l'étranger"),
    ("title", "Allocution de M. Slim Ben Amor, ministre des Affaires étrangères, à la réunion ministérielle de la "
              "Coalition mondiale contre Daech"),
    ("p", "Rome, le 11 juin 2027 – Seul le prononcé fait foi"),
    ("p", "Monsieur le Président, Mesdames et Messieurs les ministres, chers collègues,"),
    ("p", "Permettez-moi d'abord de remercier l'Italie pour son hospitalité. Depuis notre dernière réunion, la "
          "Coalition a mobilisé plus de 11 milliards de dollars pour la stabilisation des zones libérées, et ses 87 "
          "membres ont rapatrié près de 4 000 combattants terroristes étrangers et leurs familles. Ces chiffres "
          "disent notre force collective."),
    ("p", "La Tunisie y prend toute sa part. En 2026, mon pays a mobilisé 12 millions de dinars tunisiens "
          "(environ 3,8 millions de dollars) pour son programme national de prévention de l'extrémisme violent, qui "
          "touche aujourd'hui 214 établissements scolaires et 46 maisons de jeunes."),
    ("p", "Sur le plan de la sécurité régionale, 20 instructeurs militaires tunisiens sont déployés en Libye pour "
          "former les unités libyennes de surveillance des frontières. Nous avons également mis deux experts à la "
          "disposition de la cellule de communication de la Coalition."),
    ("p", "Notre Commission tunisienne des analyses financières a gelé depuis 2015 des avoirs d'une valeur de 7,3 "
          "millions de dinars liés à des réseaux terroristes. En 2025, la Tunisie a versé 250 000 dollars au Fonds "
          "mondial pour l'engagement de la communauté et la résilience (GCERF), qui a reçu au total 120 millions "
          "de dollars de ses donateurs."),
    ("p", "Aujourd'hui, je suis heureux d'annoncer une contribution tunisienne de 1 million de dollars au Mécanisme de "
          "financement pour la stabilisation du PNUD en Irak. C'est un geste modeste au regard des 1,9 milliard de "
          "dollars réunis par ce mécanisme, mais il traduit notre solidarité avec le peuple irakien."),
    ("p", "La menace n'a pas disparu : au Sahel et dans le bassin du lac Tchad, les affiliés de Daech comptent encore "
          "plusieurs milliers de combattants. Nous ne pouvons relâcher notre vigilance."),
    ("p", "Je vous remercie."),
    ("p", "Contact : Direction de la communication – Tél. : +216 71 847 500 – Réf. : DC/2027/188"),
)
GOLD_DOCX["fr-aa-discours-tunisie-reunion-ministerielle.docx"] = TUNISIA_MINISTER_SPEECH_MINISTERIAL


#: Blind round 28 (English): a minister's speech at a donors' conference, with the pledge, its parts, earlier totals
#: and the conference's own aims.
NORWAY_MINISTER_DONORS_CONFERENCE_SPEECH = (
    ("p", "Royal Norwegian Ministry of Foreign Affairs | Speech | 15 March 2027"),
    ("title", "Pledging statement by Minister of International Development Ingrid Sæther at the Ninth Brussels "
              "Conference on Syria"),
    ("p", "Brussels, Egmont Palace. Check against delivery."),
    ("p", "Madam Chair, Excellencies, colleagues and friends,"),
    ("p", "Thank you to the European Union for convening us again. This conference aims to mobilise at least "
          "USD 10 billion for Syrians inside the country and for the communities that host them. It also seeks "
          "commitments for the next three years, because families cannot plan their lives around one-year grants."),
    ("p", "The needs have not shrunk. The UN tells us that 16.7 million people in Syria need help this year, and "
          "that last year's appeal was only 34 percent funded."),
    ("p", "Today I am pleased to announce that Norway will provide NOK 1.2 billion (about USD 112 million) in "
          "humanitarian assistance to Syria and neighbouring countries in 2027. Of this, NOK 400 million will go to "
          "Lebanon and Jordan, which continue to host well over a million refugees."),
    ("p", "In addition, Norway will contribute NOK 150 million in 2027 to UNDP's Funding Facility for Stabilization "
          "in Iraq, where the return of displaced families from the camps depends on schools, clinics and jobs."),
    ("p", "These pledges build on a long commitment. Since 2011, Norway has provided more than NOK 18 billion in "
          "humanitarian assistance in response to the Syria crisis, and close to NOK 3 billion in stabilisation "
          "and humanitarian support to Iraq since 2014."),
    ("p", "Our engagement is not only financial. Around 50 Norwegian military advisers are serving in Iraq and "
          "Jordan as part of the Global Coalition against Daesh, and we remain a member of its Stabilization "
          "Working Group."),
    ("p", "Let me end with a word to the other donors in this room. Last year we together pledged EUR 5.6 billion. "
          "Let us match that, and let us deliver it early in the year, when it matters most."),
    ("p", "Thank you."),
    ("p", "Press contact: Communication Unit, +47 23 95 00 00 | Ref. 27/01142"),
)
GOLD_DOCX["en-ab-norway-brussels-conference-speech.docx"] = NORWAY_MINISTER_DONORS_CONFERENCE_SPEECH


#: Blind round 28 (Arabic): an Iraqi paper's question-and-answer interview with a partner's ambassador, with
#: Arabic-Indic digits, aid and troop figures, a Kosovo deployment and people trained.
ARABIC_HUNGARY_AMBASSADOR_INTERVIEW = (
    ("p", "صحيفة المدى | حوارات | العدد ٦٢١٤ | الأحد ٢٩ تشرين الثاني ٢٠٢٦"),
    ("title", "السفير المجري لـ«المدى»: باقون في العراق ما دام العراقيون يريدون ذلك"),
    ("p", "حاوره في بغداد: مصطفى الجبوري"),
    ("p", "بعد أكثر من عامين على تسلمه مهامه في بغداد، يتحدث سفير المجر لدى العراق عن المساعدات المجرية للمجتمعات "
          "المتضررة، وعن الجنود المجريين في إقليم كردستان، وعن خطط بلاده للسنوات المقبلة."),
    ("heading", "المدى: كيف تلخصون حجم الدعم المجري للعراق؟"),
    ("p", "السفير: عبر برنامج «المجر تساعد» قدمنا منذ عام ٢٠١٧ أكثر من ٥٠ مليون دولار لإعادة إعمار البلدات والمدارس "
          "والكنائس في العراق، منها ١٢ مليون دولار لإعادة بناء المنازل في بلدات سهل نينوى. وقد عادت بفضل هذه المشاريع "
          "أكثر من ٩ آلاف عائلة إلى بيوتها."),
    ("heading", "المدى: وماذا عن هذا العام؟"),
    ("p", "السفير: في عام ٢٠٢٦ خصصنا ٣ ملايين يورو لبرنامج الأغذية العالمي في العراق لتوفير المساعدات الغذائية "
          "للنازحين في المخيمات. كما نمنح ٢٥٠ منحة دراسية سنوياً للطلبة العراقيين ضمن برنامج «ستيبنديوم هنغاريكوم»."),
    ("heading", "المدى: هناك حديث عن قرض مجري للبصرة، ما تفاصيله؟"),
    ("p", "السفير: نعم، وقعنا خط ائتمان ميسراً بقيمة ١٠٠ مليون يورو لمشاريع تحلية المياه في البصرة للفترة "
          "٢٠٢٦-٢٠٣٠، تنفذها شركات مجرية وعراقية بالشراكة، بفائدة تقل عن ٢ في المئة."),
    ("heading", "المدى: والوجود العسكري المجري؟"),
    ("p", "السفير: يخدم حالياً نحو ١٥٠ جندياً مجرياً في أربيل ضمن قوات التحالف الدولي، ويعملون على حماية القاعدة "
          "وتدريب قوات البيشمركة، وقد دربوا حتى الآن أكثر من ٣ آلاف عنصر. ولدينا أيضاً ٤٠٠ جندي في كوسوفو ضمن "
          "قوة «كفور»، وهي مهمة مختلفة تماماً."),
    ("heading", "المدى: هل ستزيد المجر مساهمتها في التحالف؟"),
    ("p", "السفير: القرار في بودابست، لكن التحالف سيساهم بأكثر من ٢٠٠ مليون دولار في مشاريع الاستقرار العام المقبل، "
          "ونحن جزء من هذا الجهد الجماعي. كما أن الاتحاد الأوروبي، ونحن من أعضائه، قدم للعراق أكثر من مليار يورو منذ ٢٠١٤."),
    ("p", "© جميع الحقوق محفوظة لمؤسسة المدى للإعلام والثقافة والفنون | almadapaper.net"),
)
GOLD_DOCX["ar-ab-almada-hungary-ambassador-interview.docx"] = ARABIC_HUNGARY_AMBASSADOR_INTERVIEW

#: Blind round 28 (Arabic): the coalition's Arabic partner page for a Western partner, with a key-figures box that
#: restates the text, a UN deployment in Cyprus and coalition-wide figures.
ARABIC_FINLAND_COALITION_PARTNER_PAGE = (
    ("p", "التحالف الدولي لهزيمة داعش | الرئيسية › الشركاء › أوروبا › فنلندا"),
    ("title", "فنلندا"),
    ("p", "تاريخ الانضمام: 2014 | آخر تحديث للصفحة: 15 تشرين الأول/أكتوبر 2026 | شارك: فيسبوك · إكس · واتساب"),
    ("heading", "فنلندا بالأرقام"),
    ("p", "أكثر من 150 مليون يورو | 80 مدرباً في العراق | 6 خبراء مدنيين"),
    ("heading", "نظرة عامة"),
    ("p", "انضمت فنلندا إلى التحالف الدولي لهزيمة داعش في أيلول/سبتمبر 2014، وتشارك في مجموعات العمل المعنية بتحقيق "
          "الاستقرار والمقاتلين الإرهابيين الأجانب."),
    ("heading", "المساهمة العسكرية"),
    ("p", "نشرت فنلندا ما يصل إلى 80 عسكرياً في إقليم كردستان العراق ضمن مهمة التدريب والاستشارة التابعة للتحالف. "
          "ومنذ عام 2015 خدم أكثر من 1,000 جندي فنلندي في العراق. وتشارك فنلندا كذلك بنحو 20 عسكرياً في قوة الأمم "
          "المتحدة لحفظ السلام في قبرص."),
    ("heading", "المساهمة المدنية والإنسانية"),
    ("p", "قدمت فنلندا منذ عام 2015 أكثر من 150 مليون يورو من المساعدات الإنسانية في العراق وسوريا، عبر وكالات الأمم "
          "المتحدة والصليب الأحمر."),
    ("p", "وتبلغ المساهمة السنوية لفنلندا في مرفق التمويل من أجل الاستقرار في العراق نحو 3 ملايين يورو."),
    ("p", "وفي عام 2024 قدمت فنلندا 500 ألف يورو لمشروع لمنع التطرف العنيف في العراق ينفذه معهد فنلندي مختص بالوساطة."),
    ("p", "وتنتدب فنلندا ستة خبراء مدنيين إلى بعثة الاتحاد الأوروبي الاستشارية في العراق، يقدمون المشورة في إصلاح "
          "القطاع الأمني."),
    ("heading", "التحالف في سطور"),
    ("p", "يضم التحالف 89 عضواً، وقد حرر نحو 110 آلاف كيلومتر مربع، وحشد أعضاؤه أكثر من 14 مليار دولار للاستقرار."),
    ("p", "للتواصل: media@theglobalcoalition.org | سياسة الخصوصية | خريطة الموقع"),
)
GOLD_DOCX["ar-ab-coalition-finland-partner-page.docx"] = ARABIC_FINLAND_COALITION_PARTNER_PAGE


#: Blind round 28 (French): a news agency's dispatch on a field hospital's new team in Jordan, whose partner is named
#: only by its armed forces and its kingdom, with refugees, patients and a camp's figures around it.
MAP_DISPATCH_FIELD_HOSPITAL_ZAATARI = (
    ("p", "MAP – Maghreb Arabe Presse | Dépêches | Monde arabe"),
    ("title", "Zaatari : une nouvelle équipe des FAR prend la relève à l'hôpital de campagne"),
    ("p", "Amman, 22/03/2028 (MAP) – Sur Hautes Instructions de Sa Majesté le Roi, Chef Suprême et Chef d'État-Major "
          "Général des Forces Armées Royales, une nouvelle équipe de 85 personnels des FAR, dont 24 médecins, a "
          "rejoint ce mercredi l'hôpital médico-chirurgical de campagne déployé dans le camp de Zaatari, en Jordanie, "
          "pour y poursuivre sa mission humanitaire."),
    ("p", "Cette relève, la trente-deuxième depuis l'ouverture de la structure en août 2012, a été accueillie par "
          "l'ambassadeur du Royaume à Amman et par le gouverneur de Mafraq. Plus de 3 600 militaires des FAR se sont "
          "relayés à Zaatari depuis 2012, a rappelé le médecin-colonel major commandant le détachement."),
    ("p", "Depuis son installation, l'hôpital a assuré plus de 1,8 million de prestations médicales, dont 42 000 "
          "interventions chirurgicales et 9 700 accouchements, au profit des quelque 80 000 réfugiés syriens du camp "
          "et des populations jordaniennes voisines."),
    ("p", "Le coût annuel de cette aide médicale, estimé à 60 millions de dirhams (environ 6 millions de dollars), est "
          "entièrement pris en charge par le Royaume. Un avion de transport C-130 des Forces Royales Air a par ailleurs "
          "acheminé 40 tonnes de médicaments et d'équipements."),
    ("p", "Rabat a en outre annoncé en 2028 une contribution de 2 millions de dollars au Programme alimentaire mondial "
          "pour l'assistance alimentaire aux réfugiés syriens en Jordanie. Le plan de réponse jordanien à la crise "
          "syrienne, évalué à 2,3 milliards de dollars, n'était financé qu'à 27 % à la fin de 2027, selon Amman."),
    ("p", "La Jordanie accueille environ 1,3 million de Syriens, dont 650 000 réfugiés enregistrés auprès du HCR."),
    ("p", "MAP – Bureau d'Amman – Tél. : +962 6 592 11 40 – Réf. 2028/03/22-1147 – ©MAP – Tous droits réservés"),
)
GOLD_DOCX["fr-ab-depeche-map-releve-hopital-zaatari.docx"] = MAP_DISPATCH_FIELD_HOSPITAL_ZAATARI


#: Blind round 29 (English): a coalition newsletter's partner spotlight, with a second currency, an annual sum, a
#: naval deployment outside the coalition's theatre and the coalition's own figures.
COALITION_NEWSLETTER_SPOTLIGHT_DENMARK = (
    ("p", "The Coalition Bulletin | Issue 52 | November 2026 | theglobalcoalition.org"),
    ("title", "Partner spotlight: Denmark"),
    ("p", "Each month the Bulletin looks at one of the Coalition's 87 members. This issue: a founding partner that "
          "has flown, trained and funded since the first weeks of the campaign."),
    ("heading", "In the field"),
    ("p", "Around 130 Danish soldiers are currently deployed at Al Asad Air Base in Iraq, where they guard the base "
          "and advise Iraqi units. Denmark also seconds four police advisers to the EU Advisory Mission in Iraq, "
          "who work with the Ministry of Interior in Baghdad. Danish F-16s flew more than 1,200 sorties between 2014 "
          "and 2016."),
    ("p", "Further south, the frigate Iver Huitfeldt and its 175 crew escort merchant ships in the Red Sea under an "
          "EU flag, a separate mission from the Coalition's."),
    ("heading", "Funding stability"),
    ("p", "Since 2014, Denmark has provided over DKK 2.3 billion (USD 340 million) in stabilisation, humanitarian and "
          "development assistance to Iraq and Syria. In 2026 Denmark allocated DKK 75 million to UNDP's Funding "
          "Facility for Stabilization in Iraq, helping to reopen 14 schools in Anbar."),
    ("p", "Copenhagen also gives DKK 10 million a year to the Coalition Communications Cell, which counters Daesh "
          "propaganda online."),
    ("heading", "In their words"),
    ("p", "\"Stabilisation is slow work, and it is where the peace is won,\" said Ambassador Mette Kjær, Denmark's "
          "representative to the Coalition's Small Group."),
    ("heading", "The Coalition at a glance"),
    ("p", "The Funding Facility for Stabilization has received more than USD 1.9 billion from 31 donors, and Coalition "
          "members have pledged over USD 14 billion for stabilisation since 2014."),
    ("p", "Subscribe | Unsubscribe | Contact: bulletin@theglobalcoalition.org | Ref. CB-52-DK"),
)
GOLD_DOCX["en-ac-coalition-spotlight-denmark.docx"] = COALITION_NEWSLETTER_SPOTLIGHT_DENMARK


#: Blind round 29 (Arabic): an excerpt of a parliamentary committee's report with a yearly cost table typed with tabs,
#: Arabic-Indic digits, sorties beside the costs and a recommendation without a sum.
ARABIC_JORDAN_COMMITTEE_REPORT_COST_TABLE = (
    ("p", "مجلس النواب | لجنة الشؤون الخارجية | الدورة العادية الثانية"),
    ("title", "تقرير اللجنة حول مشاركة المملكة في التحالف الدولي لهزيمة داعش (مقتطف: الصفحات ١٢-١٤)"),
    ("p", "رقم التقرير: ل.خ/٢٠٢٦/٣٤ | تاريخ الإقرار: ١٠ تشرين الثاني ٢٠٢٦"),
    ("heading", "ثالثاً: الكلفة المالية للمشاركة العسكرية"),
    ("p", "اطلعت اللجنة على البيانات التي قدمتها القيادة العامة للقوات المسلحة الأردنية - الجيش العربي حول كلفة "
          "مشاركة سلاح الجو الملكي في عمليات التحالف، وهي مبينة في الجدول الآتي."),
    ("p", "جدول (٣): كلفة مشاركة القوات المسلحة الأردنية في عمليات التحالف فوق العراق وسوريا (بالمليون دينار)"),
    ("p", "السنة\tعدد الطلعات الجوية\tالكلفة"),
    ("p", "٢٠٢٣\t٤١٠\t١٦٫٢"),
    ("p", "٢٠٢٤\t٣٦٥\t١٤٫٨"),
    ("p", "٢٠٢٥\t٢٩٠\t١٢٫٥"),
    ("p", "المجموع\t١٬٠٦٥\t٤٣٫٥"),
    ("p", "ولاحظت اللجنة أن الكلفة انخفضت بنسبة ٢٣٪ بين عامي ٢٠٢٣ و٢٠٢٥ مع تراجع عدد الطلعات، وأن متوسط كلفة "
          "الساعة الواحدة لطائرة F-16 بلغ نحو ٨ آلاف دينار."),
    ("heading", "رابعاً: المشاركة في هيئات التحالف والوقاية"),
    ("p", "يخدم ٢٥ ضابط ارتباط أردنياً في مقر قيادة التحالف في الكويت، فيما تستضيف المملكة مركزاً إقليمياً "
          "للتدريب تخرج فيه ١٬٨٠٠ متدرب من ١٤ دولة."),
    ("p", "وقدمت الحكومة منذ عام ٢٠١٧ نحو ٣ ملايين دينار لبرامج الوقاية من التطرف العنيف ومكافحته في المدارس "
          "والمساجد ومراكز الشباب."),
    ("p", "ويستضيف الأردن نحو ١٫٣ مليون سوري، ويشكل الأطفال قرابة نصفهم."),
    ("heading", "التوصية"),
    ("p", "توصي اللجنة الحكومة بإدراج كلفة المشاركة في التحالف ضمن بند مستقل في مشروع قانون الموازنة العامة لعام "
          "٢٠٢٧، وبتزويد المجلس بتقرير نصف سنوي عنها، وبالسعي إلى تغطية ما لا يقل عن ٥٠٪ منها من المنح الخارجية."),
    ("p", "مقرر اللجنة | الصفحة ١٣ من ٢٢"),
)
GOLD_DOCX["ar-ac-jordan-committee-report-cost-table.docx"] = ARABIC_JORDAN_COMMITTEE_REPORT_COST_TABLE

#: Blind round 29 (Arabic): the coalition newsletter's "partner in the spotlight" section, with a sum in a dual
#: word, a KFOR and a Cyprus deployment and coalition-wide figures.
ARABIC_AUSTRIA_NEWSLETTER_SPOTLIGHT = (
    ("p", "النشرة الإخبارية للتحالف الدولي لهزيمة داعش | العدد 58 | تشرين الثاني/نوفمبر 2026"),
    ("p", "في هذا العدد: اجتماع مجموعة عمل الاستقرار في بغداد · شريك في دائرة الضوء · أرقام الشهر"),
    ("title", "شريك في دائرة الضوء: النمسا"),
    ("p", "انضمت النمسا إلى التحالف في كانون الأول/ديسمبر 2014، وتركز مساهمتها على المساعدات الإنسانية "
          "والاستقرار ومنع التطرف."),
    ("p", "قدمت النمسا منذ عام 2015 نحو 95 مليون يورو من المساعدات الإنسانية لسوريا والعراق والدول المجاورة. "
          "وفي عام 2026 وحده خصص الصندوق النمساوي للكوارث الخارجية 7 ملايين يورو للاستجابة الإنسانية في شمال شرق سوريا."),
    ("p", "وتساهم النمسا بمليوني يورو سنوياً في مرفق التمويل من أجل الاستقرار في العراق."),
    ("p", "وعلى الصعيد العسكري، يخدم 11 ضابطاً نمساوياً في مقرات قيادة عملية العزم الصلب في الكويت وبغداد، "
          "وتشارك النمسا بـ 12 مدرباً في بعثة الاتحاد الأوروبي للتدريب في الصومال. كما تنشر نحو 300 جندي في قوة "
          "كفور في كوسوفو و8 ضباط في قوة الأمم المتحدة لحفظ السلام في قبرص."),
    ("p", "وفي عام 2025 موّلت وزارة الداخلية النمساوية بـ 450 ألف يورو برنامجاً لإعادة تأهيل المقاتلين الإرهابيين "
          "الأجانب العائدين وعائلاتهم في العراق."),
    ("p", "«نحن بلد صغير، لكننا نؤمن بأن الاستقرار يبدأ من المجتمعات المحلية»، يقول المبعوث النمساوي الخاص "
          "للتحالف."),
    ("heading", "أرقام الشهر"),
    ("p", "89 عضواً في التحالف | 1.6 مليار دولار حشدها التحالف لمرفق الاستقرار منذ 2015 | 4.9 مليون عراقي عادوا "
          "إلى ديارهم"),
    ("p", "للاشتراك في النشرة: newsletter@theglobalcoalition.example | إلغاء الاشتراك"),
)
GOLD_DOCX["ar-ac-coalition-newsletter-austria-spotlight.docx"] = ARABIC_AUSTRIA_NEWSLETTER_SPOTLIGHT


#: Blind round 29 (French): a coalition newsletter's "partner in the spotlight" article, with a part of a total over
#: years, deployments outside the coalition's theatre, coalition-wide figures and a quote.
COALITION_NEWSLETTER_SPOTLIGHT_AUSTRIA = (
    ("p", "Coalition mondiale contre Daech - Lettre d'information n° 41 - Automne 2027"),
    ("title", "Coup de projecteur sur un partenaire : l'Autriche"),
    ("p", "Chaque trimestre, cette rubrique présente l'un des 87 membres de la Coalition. Ce mois-ci, cap sur Vienne, "
          "qui a rejoint la Coalition dès décembre 2014 et préside cette année le groupe de travail sur la "
          "stabilisation aux côtés de deux autres partenaires."),
    ("heading", "Une aide qui ne faiblit pas"),
    ("p", "Depuis 2015, l'Autriche a apporté plus de 210 millions d'euros d'aide humanitaire en Syrie, en Irak et "
          "dans les pays voisins. Sur ce total, environ 38 millions d'euros ont été consacrés au déminage des zones "
          "libérées. En 2027, le Fonds autrichien d'aide aux catastrophes à l'étranger a débloqué 9 millions d'euros "
          "pour les déplacés du nord-est de la Syrie."),
    ("p", "L'Autriche a également versé 2,5 millions d'euros au Mécanisme de financement pour la stabilisation "
          "immédiate en Irak (FFIS), qui a financé plus de 3 500 projets. L'Agence autrichienne de développement a "
          "par ailleurs engagé 6 millions d'euros en 2025 pour la formation professionnelle de 2 400 jeunes à "
          "Mossoul, en Irak."),
    ("heading", "Des femmes et des hommes sur le terrain"),
    ("p", "Onze militaires autrichiens servent comme officiers d'état-major au quartier général de la mission à "
          "Bagdad, en Irak. Quelque 280 soldats autrichiens servent par ailleurs au sein de la KFOR au Kosovo, et 170 "
          "au sein de l'EUFOR Althea en Bosnie-Herzégovine."),
    ("p", "« Notre contribution est modeste par la taille, mais constante », souligne l'ambassadeur d'Autriche "
          "auprès de la Coalition. « Sur dix ans, la Coalition a mobilisé plus de 3 milliards de dollars pour la "
          "stabilisation ; nous sommes fiers d'y avoir pris notre part. »"),
    ("heading", "En bref"),
    ("li", "Membre depuis : décembre 2014"),
    ("li", "Groupes de travail : stabilisation, combattants terroristes étrangers"),
    ("li", "Contact de la rédaction : newsletter@theglobalcoalition.example - +44 20 7008 5000"),
)
GOLD_DOCX["fr-ac-lettre-coalition-projecteur-autriche.docx"] = COALITION_NEWSLETTER_SPOTLIGHT_AUSTRIA


#: Blind round 30 (Arabic): the Iraq and Syria chapter of a development agency's annual report, with a small table
#: by channel in millions, its total restated in the text, a loan and a sum since a year.
ARABIC_SPAIN_AECID_ANNUAL_REPORT_IRAQ_SYRIA = (
    ("p", "الوكالة الإسبانية للتعاون الدولي من أجل التنمية | التقرير السنوي 2025 | النسخة العربية"),
    ("title", "الفصل السادس: العراق وسوريا"),
    ("p", "بعد أحد عشر عاماً على بدء الحرب على داعش، لا يزال ملايين العراقيين والسوريين يعيشون في مناطق دمّرها "
          "النزاع. وتعمل الوكالة في البلدين من مكتبها الإقليمي في عمّان، بالشراكة مع وكالات الأمم المتحدة "
          "والمنظمات غير الحكومية الإسبانية والحركة الدولية للصليب الأحمر."),
    ("heading", "6-1 المساعدات الإنسانية"),
    ("p", "بلغت المساعدات الإنسانية التي صرفتها الوكالة في العراق وسوريا في عام 2025 ما مجموعه 38.6 مليون يورو، "
          "استفاد منها نحو 210 آلاف شخص عبر 27 مشروعاً."),
    ("p", "جدول 6-1: المساعدات الإنسانية للوكالة في العراق وسوريا حسب القناة، 2025 (بالمليون يورو)"),
    ("p", "القناة\tعدد المشاريع\tالمبلغ"),
    ("p", "وكالات الأمم المتحدة\t9\t21.4"),
    ("p", "المنظمات غير الحكومية الإسبانية\t15\t11.2"),
    ("p", "الحركة الدولية للصليب الأحمر\t3\t6.0"),
    ("p", "المجموع\t27\t38.6"),
    ("p", "وتمثل هذه المساعدات أقل من 1% من خطة الاستجابة الإنسانية لسوريا التي طلبت 4.1 مليار دولار لعام 2025."),
    ("heading", "6-2 التنمية والاستقرار"),
    ("p", "وأقرت الوكالة في عام 2025 قرضاً ميسراً بقيمة 15 مليون يورو لإعادة تأهيل محطات المياه في محافظة نينوى "
          "بالعراق، يُسدَّد على 30 عاماً بفائدة 0.5%."),
    ("p", "ومنذ عام 2016 بلغت مساهمة إسبانيا في مرفق التمويل من أجل الاستقرار في العراق 12 مليون يورو، وهو مرفق "
          "موّل أكثر من 3500 مشروع."),
    ("p", "الوكالة الإسبانية للتعاون الدولي من أجل التنمية - التقرير السنوي 2025 - الصفحة 84"),
)
GOLD_DOCX["ar-ad-spain-aecid-annual-report-iraq-syria.docx"] = ARABIC_SPAIN_AECID_ANNUAL_REPORT_IRAQ_SYRIA

#: Blind round 30 (Arabic): a statement on a grant agreement with a UN programme, with a part of a sum over two
#: years, the programme's own totals and Arabic-Indic digits.
ARABIC_UK_UNDP_GRANT_AGREEMENT = (
    ("p", "السفارة البريطانية - بغداد | أخبار | بيان صحفي"),
    ("title", "المملكة المتحدة وبرنامج الأمم المتحدة الإنمائي يوقعان اتفاقية منحة جديدة لدعم الاستقرار في العراق"),
    ("p", "بغداد، ٢٥ تشرين الثاني/نوفمبر ٢٠٢٦"),
    ("p", "وقّع السفير البريطاني لدى العراق والممثل المقيم لبرنامج الأمم المتحدة الإنمائي اليوم اتفاقية منحة تقدم "
          "بموجبها المملكة المتحدة ١٢ مليون جنيه إسترليني لمرفق التمويل من أجل الاستقرار في العراق خلال عامي "
          "٢٠٢٧ و٢٠٢٨."),
    ("p", "وتُخصَّص ٤ ملايين جنيه منها لمشاريع المياه والكهرباء في سنجار شمالي العراق، حيث لم يعد بعد نحو نصف "
          "السكان إلى ديارهم."),
    ("p", "وكانت المملكة المتحدة قد قدمت في عام ٢٠٢٥ مبلغ ٩ ملايين جنيه إسترليني للمرفق. وبهذه المنحة يرتفع إجمالي "
          "مساهمتها في المرفق منذ عام ٢٠١٥ إلى ٨٥ مليون جنيه إسترليني."),
    ("p", "وقال السفير: «الاستقرار ليس ترفاً، بل هو ما يمنع داعش من العودة إلى المناطق التي طُرد منها»."),
    ("p", "وتموّل المملكة المتحدة أيضاً بمبلغ ٣ ملايين جنيه سنوياً برنامجاً مع البنك المركزي العراقي لمكافحة تمويل "
          "الإرهاب وغسل الأموال في العراق."),
    ("heading", "عن مرفق التمويل من أجل الاستقرار"),
    ("p", "أُنشئ المرفق عام ٢٠١٥ بطلب من الحكومة العراقية، وتلقى منذ ذلك الحين أكثر من ١٫٩ مليار دولار من ٣١ "
          "مانحاً، ونفذ أكثر من ٤٬٠٠٠ مشروع في ٣١ مدينة وبلدة، يعمل فيها نحو ٣٠٠ مهندس عراقي. وقد ساعد المرفق "
          "٤٫٩ مليون نازح على العودة."),
    ("p", "للتواصل الإعلامي: ‎+964 790 193 1000‎ | رقم الاتفاقية: GB-IQ-2026/117"),
)
GOLD_DOCX["ar-ad-uk-undp-grant-agreement-iraq-ffs.docx"] = ARABIC_UK_UNDP_GRANT_AGREEMENT

#: Blind round 30 (English): a UN programme's press release on a grant agreement with a partner's aid agency, with a
#: second currency, a part the grant "includes", a sum since a year and the programme's own needs and totals.
WFP_KSRELIEF_GRANT_AGREEMENT_SYRIA = (
    ("p", "World Food Programme | News releases | Syrian Arab Republic"),
    ("title", "KSrelief and WFP sign agreement to feed 250,000 people in north-west Syria"),
    ("p", "RIYADH - The King Salman Humanitarian Aid and Relief Centre (KSrelief) and the United Nations World Food "
          "Programme (WFP) today signed an agreement worth US$12 million (SAR 45 million) to provide monthly food "
          "rations to 250,000 people in north-west Syria over the next nine months."),
    ("p", "The grant includes US$3.5 million for specialised nutritious foods for 40,000 pregnant and breastfeeding "
          "women and children under five in Idlib and northern Aleppo."),
    ("p", "The agreement was signed at KSrelief's headquarters by its Assistant Supervisor General for Operations and "
          "Programmes and by WFP's Regional Director for the Middle East, Northern Africa and Eastern Europe."),
    ("p", "\"This contribution comes at a critical moment: without it we would have had to cut another 600,000 people "
          "from our lists in the spring,\" said the WFP Regional Director. \"The Kingdom of Saudi Arabia has stood by "
          "the Syrian people throughout.\""),
    ("p", "Since 2018, Saudi Arabia has contributed more than US$95 million to WFP's operations in Syria. In 2026, "
          "KSrelief also funded a US$4 million WFP programme of cash assistance for Syrian refugees in Lebanon."),
    ("p", "WFP needs US$1.2 billion to assist 5.6 million people across Syria in 2027; its operation is currently only "
          "22 percent funded. A food basket for a family of five costs about US$85 a month."),
    ("heading", "About WFP"),
    ("p", "The United Nations World Food Programme is the world's largest humanitarian organization, saving lives in "
          "emergencies and using food assistance to build a pathway to peace, stability and prosperity. In 2025 WFP "
          "assisted 124 million people in over 120 countries."),
    ("p", "For more information please contact: Reem Haddad, WFP/Damascus, +963 11 612 5000, reem.haddad@wfp.org | "
          "Date: 12 May 2027"),
)
GOLD_DOCX["en-ad-wfp-ksrelief-grant-syria.docx"] = WFP_KSRELIEF_GRANT_AGREEMENT_SYRIA


#: Blind round 30 (French): an embassy's release on a funding agreement signed with a UN programme, with a second
#: currency, a part of the sum, a yearly line, the running totals and the programme's own needs.
ESPAGNE_HCR_CONVENTION_LIBAN = (
    ("p", "Ambassade d'Espagne au Liban - Service de presse"),
    ("title", "L'Espagne et le HCR signent une convention de financement en faveur des réfugiés syriens au Liban"),
    ("p", "Beyrouth, le 6 juin 2028 - L'ambassadeur d'Espagne au Liban, M. Álvaro Ruiz de Tejada, et la "
          "représentante du Haut-Commissariat des Nations unies pour les réfugiés (HCR) au Liban ont signé ce jour "
          "une convention de financement de 6 millions d'euros (environ 6,5 millions de dollars) pour 2028 et 2029, "
          "destinée à l'aide humanitaire aux réfugiés syriens au Liban, dont 3,5 millions d'euros versés dès la "
          "signature."),
    ("p", "La convention, enregistrée sous la référence AECID-2028-LB-017, permettra d'aider quelque 45 000 réfugiés "
          "dans la Bekaa et au Akkar : aide en espèces pour l'hiver, accès aux soins et réhabilitation de 12 écoles "
          "publiques."),
    ("p", "« L'Espagne ne détourne pas les yeux. Treize ans après le début de l'exode, ces familles ont toujours "
          "besoin de nous », a déclaré l'ambassadeur."),
    ("heading", "Une contribution qui s'inscrit dans la durée"),
    ("li", "Avec cette convention, la contribution de l'Espagne au HCR au Liban atteint 21 millions d'euros depuis "
           "2016."),
    ("li", "L'Agence espagnole de coopération internationale pour le développement (AECID) finance en outre, à "
           "hauteur de 1,2 million d'euros par an, le programme d'éducation de l'UNICEF dans les camps informels "
           "de la Bekaa, au Liban."),
    ("li", "Au total, depuis 2012, la Coopération espagnole a consacré plus de 190 millions d'euros à la réponse "
           "à la crise syrienne, en Syrie, au Liban, en Jordanie et en Irak."),
    ("p", "Le HCR estime ses besoins au Liban à 590 millions de dollars pour 2028, financés à ce jour à 27 %. Le "
          "Liban accueille environ 1,4 million de réfugiés syriens, selon les estimations du gouvernement."),
    ("p", "Contact presse : emb.beirut.prensa@maec.es - Tél. +961 1 464 120 - www.exteriores.gob.es/embajadas/beirut"),
)
GOLD_DOCX["fr-ad-convention-espagne-hcr-liban.docx"] = ESPAGNE_HCR_CONVENTION_LIBAN


#: Blind round 31 (Arabic): a state budget summary with the partner's aid and its defence spending, a small table of
#: external contributions in thousands of dinars with a total row, and spending at home that is no contribution.
ARABIC_TUNISIA_BUDGET_SUMMARY = (
    ("p", "الجمهورية التونسية | وزارة المالية | ميزانية الدولة لسنة 2027"),
    ("title", "ملخص ميزانية الدولة لسنة 2027: الدفاع والتعاون الدولي"),
    ("p", "تبلغ جملة ميزانية الدولة لسنة 2027 حوالي 63 مليار دينار، بزيادة 6.2% مقارنة بسنة 2026. ويعرض هذا الملخص "
          "اعتمادات مهمة الدفاع ومساهمات الدولة في الخارج."),
    ("heading", "أولاً: مهمة الدفاع"),
    ("p", "رُصد لوزارة الدفاع الوطني مبلغ 4 012 مليون دينار، أي 6.4% من جملة الميزانية، منها 180 مليون دينار لاقتناء "
          "طائرات دورية بحرية لفائدة جيش البحر."),
    ("p", "وتتضمن الاعتمادات إيفاد 30 مدرباً عسكرياً إلى ليبيا خلال سنة 2027 في إطار برنامج تدريب حرس الحدود الليبي."),
    ("p", "كما تُخصَّص 3 ملايين دينار سنوياً للجنة التونسية للتحاليل المالية لتعزيز قدراتها في مكافحة تمويل الإرهاب."),
    ("heading", "ثانياً: المساهمات الخارجية"),
    ("p", "جدول 3: المساهمات الخارجية لسنة 2027 (بالألف دينار)"),
    ("p", "البند\tالبلد\tالمبلغ"),
    ("p", "المساهمة في مرفق التمويل من أجل الاستقرار\tالعراق\t1 500"),
    ("p", "مساعدات إنسانية للاجئين السوريين\tلبنان\t800"),
    ("p", "مساعدات إنسانية عاجلة\tليبيا\t2 200"),
    ("p", "المجموع\t\t4 500"),
    ("p", "وتمثل هذه المساهمات 0.007% من جملة الميزانية. ويستفيد من المساعدات الإنسانية لليبيا نحو 25 ألف شخص في "
          "المناطق الحدودية."),
    ("p", "وزارة المالية - الإدارة العامة للميزانية - نهج الحكومة، القصبة 1008 تونس - الصفحة 17"),
)
GOLD_DOCX["ar-ae-tunisia-budget-summary-defence-aid.docx"] = ARABIC_TUNISIA_BUDGET_SUMMARY

#: Blind round 31 (Arabic): an item in an embassy's e-newsletter on an equipment handover and a finished project, with
#: the fiscal year's package, a sum since a year and troop numbers among vehicles, drones and people trained.
ARABIC_US_EMBASSY_NEWSLETTER_HANDOVER = (
    ("p", "سفارة الولايات المتحدة الأمريكية في بغداد | النشرة الإلكترونية | العدد 42 - حزيران/يونيو 2027"),
    ("title", "تسليم معدات جديدة لجهاز مكافحة الإرهاب العراقي"),
    ("p", "سلّم الملحق العسكري في السفارة يوم 14 حزيران/يونيو، في حفل أقيم في مطار بغداد الدولي، معدات بقيمة 24.5 "
          "مليون دولار لجهاز مكافحة الإرهاب في العراق، تشمل 45 مركبة مدرعة و12 طائرة مسيّرة للاستطلاع وأجهزة اتصال "
          "ورؤية ليلية."),
    ("p", "وتأتي هذه الدفعة ضمن حزمة بقيمة 60 مليون دولار أقرها الكونغرس للسنة المالية 2027 من صندوق تدريب وتجهيز "
          "قوات مكافحة داعش لدعم القوات العراقية."),
    ("p", "ومنذ عام 2015 قدمت الولايات المتحدة أكثر من 3.5 مليار دولار من المعدات والتدريب لقوات الأمن في العراق، "
          "وتدرب بدعمها نحو 1,200 عنصر من الجهاز هذا العام وحده."),
    ("heading", "إنجاز مشروع مستشفى الرمادي"),
    ("p", "وفي الأنبار، اكتمل تأهيل جناح الطوارئ في مستشفى الرمادي العام بتمويل 4 ملايين دولار من الوكالة الأمريكية "
          "للتنمية الدولية ضمن برنامج دعم الاستقرار غربي العراق. ويستقبل الجناح 150 مريضاً يومياً."),
    ("heading", "في سطور"),
    ("li", "يعمل نحو 2,500 عسكري أمريكي في العراق في مهام استشارية وتدريبية."),
    ("li", "ويبقى نحو 900 عسكري أمريكي في سوريا لمواصلة الضغط على فلول داعش."),
    ("p", "للاشتراك في النشرة: BaghdadNewsletter@state.example | الخط الساخن: 0760-030-3000"),
)
GOLD_DOCX["ar-ae-us-embassy-newsletter-equipment-handover.docx"] = ARABIC_US_EMBASSY_NEWSLETTER_HANDOVER


#: Blind round 31 (French): an embassy newsletter's article on the end of a project and a handover of equipment, in
#: forints with a second currency, a part of the sum, the programme's running total, a UN mission's troops and the
#: host country's own figures.
HONGRIE_LETTRE_AMBASSADE_LIBAN = (
    ("p", "Ambassade de Hongrie à Beyrouth - La Lettre de l'ambassade, n° 14, novembre 2029"),
    ("title", "Hungary Helps : l'hôpital Saint-Georges de Marjayoun rouvre son service de pédiatrie"),
    ("p", "Marjayoun, le 21 novembre 2029 - Trois ans après le début des travaux, le service de pédiatrie de "
          "l'hôpital Saint-Georges de Marjayoun, dans le sud du Liban, a rouvert ses portes en présence de "
          "l'ambassadeur de Hongrie, M. Gábor Szentiványi-Kiss, et du ministre libanais de la Santé."),
    ("p", "Le programme Hungary Helps a financé ce projet d'aide humanitaire à hauteur de 420 millions de forints "
          "(environ 1,1 million d'euros), dont 95 millions de forints de matériel médical remis ce jour : trois "
          "ambulances, deux couveuses et un appareil de radiologie."),
    ("p", "Six médecins hongrois de l'université Semmelweis ont séjourné à Marjayoun au Liban cet automne pour "
          "former 80 soignants libanais à l'utilisation du nouveau matériel. Le service pourra accueillir "
          "quelque 9 000 enfants par an, libanais comme syriens."),
    ("p", "« Ce service, c'est une promesse tenue envers les familles du Sud », a déclaré l'ambassadeur."),
    ("heading", "Une aide qui s'inscrit dans la durée"),
    ("li", "Depuis 2017, Hungary Helps a consacré plus de 14 milliards de forints à l'aide aux communautés "
           "persécutées en Irak, en Syrie et au Liban."),
    ("li", "La Hongrie a par ailleurs remis en octobre aux Forces armées libanaises des équipements de protection "
           "pour le déminage d'une valeur de 180 000 euros."),
    ("li", "Les 14 militaires hongrois de la FINUL, déployés à Naqoura, ont accueilli la délégation pour une "
           "visite de leur poste."),
    ("p", "Le Liban accueille environ 1,5 million de réfugiés syriens ; la Banque mondiale estime les besoins de "
          "son système de santé à 300 millions de dollars par an."),
    ("p", "Ambassade de Hongrie, rue Bliss, Ras Beyrouth - Tél. +961 1 365 880 - mission.bej@mfa.gov.hu - "
          "Réf. HH-LB-2026-031"),
)
GOLD_DOCX["fr-ae-lettre-ambassade-hongrie-liban.docx"] = HONGRIE_LETTRE_AMBASSADE_LIBAN


#: Blind round 31 (English): an embassy's e-newsletter item on a handover of equipment, with the programme it belongs
#: to, instructors and staff officers, another donor's share in passing, and deployments outside the theatre.
CROATIA_EMBASSY_NEWSLETTER_DEMINING_HANDOVER = (
    ("p", "Embassy of the Republic of Croatia in Baghdad | e-Newsletter No. 9 | June 2028"),
    ("p", "In this issue: Demining equipment for Iraq | Statehood Day reception | Consular hours in summer"),
    ("title", "Croatian demining equipment handed over to Iraq's Directorate of Mine Action"),
    ("p", "On 5 June, Ambassador Ivana Perić handed over demining equipment worth EUR 480,000 to the Directorate of "
          "Mine Action of Iraq's Ministry of Environment at a ceremony in Baghdad. The equipment - two "
          "remote-controlled demining machines, 60 metal detectors and protective gear for 120 deminers - was paid "
          "for by Croatia's Ministry of Foreign and European Affairs. The machines were co-financed by the US "
          "Department of State, which contributed USD 250,000."),
    ("p", "The handover is part of a EUR 1.5 million programme for 2027-2029 under which experts of the Croatian Mine "
          "Action Centre (CROMAC) have so far trained 64 Iraqi deminers in Basra and Anbar. Three CROMAC instructors "
          "will stay in Basra until the end of the year to train operators of the new machines."),
    ("p", "\"Croatia knows what it means to live with mines. Thirty years after our own war, we cleared the last "
          "suspected areas in 2026, and we want to share that experience,\" the Ambassador said. Iraq still has an "
          "estimated 1,900 square kilometres of contaminated land."),
    ("heading", "Croatia in the Coalition"),
    ("li", "Croatia's contingent with NATO Mission Iraq now counts 12 officers in Baghdad."),
    ("li", "Since 2015, Croatia has contributed more than EUR 4 million to humanitarian and stabilisation efforts in "
           "Iraq."),
    ("li", "Beyond the Coalition, Croatia has 145 soldiers with KFOR in Kosovo and 70 with NATO's forward presence "
           "in Lithuania."),
    ("heading", "Also this month"),
    ("p", "More than 120 guests attended the Embassy's Statehood Day reception on 30 May. In July and August the "
          "consular section is open Sunday to Wednesday, 9:00-13:00; emergencies: +964 780 925 0330."),
    ("p", "To unsubscribe, write to vrhbag@mvep.hr. Ref. VRH-BAG-NL-2028/09"),
)
GOLD_DOCX["en-ae-croatia-embassy-newsletter-demining-handover.docx"] = CROATIA_EMBASSY_NEWSLETTER_DEMINING_HANDOVER
ARABIC_OCHA_SYRIA_FUNDING_BULLETIN = (
    ("p", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) | المكتب الإقليمي لأزمة سوريا - عمّان"),
    ("title", "نشرة التمويل الإنساني: سوريا - العدد ١٤ (الربع الأول ٢٠٢٨)"),
    ("p", "عمّان، ١٠ أبريل ٢٠٢٨ - تعرض هذه النشرة حالة تمويل خطة الاستجابة الإنسانية لسوريا حتى ٣١ "
          "مارس ٢٠٢٨، استناداً إلى ما أبلغ عنه المانحون والمنظمات المستفيدة لخدمة التتبع المالي."),
    ("heading", "أبرز النقاط"),
    ("li", "تبلغ متطلبات خطة الاستجابة لعام ٢٠٢٨ نحو ٣٫٨ مليار دولار أمريكي لمساعدة ١٠٫٢ مليون شخص."),
    ("li", "لم يُموَّل منها حتى ٣١ مارس سوى ٦٢٠ مليون دولار، أي ١٦٪ من المتطلبات، مقابل ١٩٪ في الفترة"
           " نفسها من العام الماضي."),
    ("li", "وصلت المساعدات الغذائية إلى ٤٫١ مليون شخص شهرياً، وتراجع عدد الشاحنات العابرة للحدود إلى "
           "٦١٠ شاحنات في مارس."),
    ("heading", "أكبر المانحين للخطة حتى ٣١ مارس ٢٠٢٨"),
    ("li", "الولايات المتحدة: ١٤٥ مليون دولار"),
    ("li", "ألمانيا: ٩٨ مليون دولار"),
    ("li", "المفوضية الأوروبية: ٧٥ مليون دولار"),
    ("li", "المملكة المتحدة: ٤١ مليون دولار"),
    ("li", "الكويت: ٢٠ مليون دولار"),
    ("li", "جمهورية كوريا: ١٢ مليون دولار"),
    ("heading", "الصناديق المشتركة"),
    ("p", "تلقى الصندوق الإنساني العابر للحدود لسوريا ٨٤ مليون دولار من ١١ مانحاً منذ بداية العام. "
          "وأعلنت النرويج في ١٠ مارس ٢٠٢٨ مساهمة جديدة في الصندوق قدرها ٢٠٠ مليون كرونة نرويجية (نحو "
          "١٩ مليون دولار)."),
    ("p", "وخصص الصندوق حتى الآن ٥٢ مليون دولار لـ ٨٧ مشروعاً تنفذها ٤٣ منظمة شريكة، ٦٠٪ منها منظمات "
          "سورية."),
    ("heading", "ملاحظات"),
    ("p", "الأرقام بالدولار الأمريكي وفق سعر الصرف في تاريخ الإبلاغ، وقد تتغير مع ورود تقارير جديدة. "
          "للاستفسار: ocha-rosc@un.org | الهاتف: ٩٦٢٦٥٥٤٠٠٠٠+"),
)
GOLD_DOCX["ar-af-ocha-syria-funding-bulletin-q1.docx"] = ARABIC_OCHA_SYRIA_FUNDING_BULLETIN
ARABIC_LATVIA_FOREIGN_POLICY_REPORT = (
    ("p", "التقرير السنوي لوزير الخارجية عن السياسة الخارجية لجمهورية لاتفيا لعام 2027 - مقتطف (ترجمة"
          " غير رسمية)"),
    ("title", "الفصل السادس: الشرق الأوسط وشمال أفريقيا"),
    ("p", "ظلّت المنطقة في عام 2027 مصدراً لتحديات تمس أمن أوروبا مباشرة، من بقايا تنظيم داعش إلى "
          "موجات الهجرة غير النظامية. وقد عقدت الوزارة خلال العام 14 جولة مشاورات سياسية مع دول "
          "المنطقة، وافتتحت قنصلية فخرية في عمّان."),
    ("heading", "6.1 التحالف الدولي لهزيمة داعش"),
    ("p", "لاتفيا عضو في التحالف منذ تأسيسه عام 2014. وفي عام 2027 خدم في العراق ما يصل إلى 6 مدربين "
          "لاتفيين ضمن بعثة حلف شمال الأطلسي، يعملون في مجالي التخلص من الذخائر المتفجرة والإسناد "
          "الطبي."),
    ("p", "ومنذ عام 2015 خدم أكثر من 120 عسكرياً لاتفياً في العراق في مهام التدريب والاستشارة، من دون"
          " تسجيل أي إصابات."),
    ("p", "وتعاونت هيئة أمن الدولة مع الشركاء في متابعة ملف المقاتلين الإرهابيين الأجانب؛ ولا يزال 3 "
          "مواطنين لاتفيين على الأقل محتجزين في شمال شرق سوريا."),
    ("heading", "6.2 المساعدات الإنسانية والاستقرار"),
    ("p", "خصصت لاتفيا في عام 2027 مبلغ 450,000 يورو للمساعدات الإنسانية في الشرق الأوسط. ومن هذا "
          "المبلغ، ذهب 200,000 يورو إلى برنامج الأغذية العالمي في سوريا، و150,000 يورو إلى منظمة "
          "اليونيسف في لبنان."),
    ("p", "كما جددت لاتفيا مساهمتها السنوية البالغة 100,000 يورو في مرفق التمويل من أجل الاستقرار في "
          "العراق، الذي ساعد على عودة نحو 4.9 مليون نازح إلى مناطقهم."),
    ("heading", "6.3 شمال أفريقيا"),
    ("p", "يعمل خبيران مدنيان لاتفيان في بعثة الاتحاد الأوروبي للمساعدة في إدارة الحدود في ليبيا، "
          "ويقدمان المشورة لحرس الحدود الليبي في طرابلس."),
    ("heading", "6.4 مساهمات خارج المنطقة"),
    ("p", "للمقارنة، يخدم 136 جندياً لاتفياً في قوة كفور في كوسوفو، وضابط أركان واحد في عملية "
          "«أسبيدس» في البحر الأحمر. وتستضيف لاتفيا لواء الحضور الأمامي متعدد الجنسيات بقيادة كندا، "
          "الذي يضم نحو 3,500 جندي من 14 دولة حليفة."),
    ("p", "وبلغ الإنفاق الدفاعي للاتفيا 3.45% من الناتج المحلي الإجمالي في عام 2027."),
    ("p", "وزارة الخارجية، K. Valdemāra iela 3, Rīga, LV-1395 - الصفحة 47 من 112"),
)
GOLD_DOCX["ar-af-latvia-foreign-policy-report-middle-east.docx"] = ARABIC_LATVIA_FOREIGN_POLICY_REPORT


#: Blind round 32 (French): a chapter of a government's annual foreign-policy report, Middle East, with a year's
#: humanitarian sums by country, a part of one, police officers with an EU mission, the running total since a year,
#: a pledge with an end date, and the coalition's and the region's own figures.
ANDORRE_RAPPORT_POLITIQUE_ETRANGERE = (
    ("p", "Govern d'Andorra - Ministère des Affaires étrangères - Rapport annuel de politique étrangère 2030"),
    ("title", "Chapitre 4 - Le Moyen-Orient"),
    ("p", "Le Moyen-Orient est resté en 2030 au cœur des préoccupations de la diplomatie andorrane, de la crise "
          "humanitaire syrienne au retour à la stabilité en Irak. La Principauté a maintenu sa participation aux "
          "travaux de la Coalition mondiale contre Daech, à laquelle elle appartient depuis 2015."),
    ("heading", "4.1 Syrie et Liban : l'aide humanitaire"),
    ("p", "En 2030, l'Andorre a consacré 420 000 euros à l'aide humanitaire en faveur des victimes du conflit "
          "en Syrie, dont 150 000 euros au Comité international de la Croix-Rouge pour ses opérations en Syrie."),
    ("p", "Au Liban, qui accueille toujours environ 1,4 million de réfugiés syriens, le Gouvernement a versé "
          "200 000 euros à l'UNICEF pour la scolarisation des enfants réfugiés, un montant qui permettra "
          "d'accueillir 1 600 élèves pendant l'année scolaire."),
    ("heading", "4.2 Irak : stabilisation et sécurité civile"),
    ("p", "Deux agents du Corps de police d'Andorre servent depuis mars à Bagdad au sein de la mission de conseil "
          "de l'Union européenne en Irak (EUAM Iraq), où ils conseillent le ministère irakien de l'Intérieur sur la "
          "police judiciaire."),
    ("p", "L'Andorre s'est engagée à verser 100 000 euros par an au Mécanisme de financement pour la stabilisation "
          "du PNUD jusqu'à la fin de 2032."),
    ("p", "Depuis 2015, la Principauté a consacré au total 3,2 millions d'euros d'aide à l'Irak et à la Syrie, ce qui la "
          "place, rapporté au nombre d'habitants, parmi les donateurs les plus généreux de la coalition."),
    ("heading", "4.3 Dialogue politique"),
    ("p", "La ministre des Affaires étrangères s'est rendue à Amman en mai pour la sixième réunion ministérielle "
          "de la coalition, qui rassemblait 87 délégations. Les partenaires y ont annoncé ensemble 1,2 milliard de "
          "dollars pour le nord-est de la Syrie. L'Andorre a par ailleurs accueilli en octobre 14 étudiants "
          "jordaniens dans le cadre d'un programme d'échanges universitaires."),
    ("p", "Le budget total de l'aide au développement andorrane s'est élevé à 4,6 millions d'euros en 2030, soit "
          "0,13 % du revenu national brut."),
    ("p", "Ministère des Affaires étrangères - Carrer Prat de la Creu, 62-64, AD500 Andorra la Vella - "
          "Tél. +376 875 704 - Dépôt légal AND.367-2031"),
)
GOLD_DOCX["fr-af-andorre-rapport-politique-etrangere-moyen-orient.docx"] = ANDORRE_RAPPORT_POLITIQUE_ETRANGERE


#: Blind round 32 (English): the Middle East chapter of a government's annual foreign-policy report, in lek with a
#: second currency, a part of a yearly sum, officers in Iraq and Lebanon, deployments outside the theatre, another
#: country's aid to the partner and figures on trade and returnees.
ALBANIA_FOREIGN_POLICY_REPORT_MIDDLE_EAST = (
    ("p", "Republic of Albania - Ministry for Europe and Foreign Affairs"),
    ("p", "Annual Report on the Foreign Policy of Albania 2028 - presented to the Assembly, March 2029"),
    ("title", "Chapter 6. The Middle East and the Gulf"),
    ("p", "6.1 Overview. Albania's policy in the region rests on three pillars: the fight against terrorism and violent "
          "extremism, support for the stability of partners hit by conflict, and growing economic ties with the Gulf. "
          "As a member of the Global Coalition against Daesh since 2014, Albania took part in the Coalition's "
          "ministerial meeting in Riyadh in June and in the Counter-ISIS Finance Group."),
    ("heading", "6.2 Iraq and Syria"),
    ("p", "In 2028 Albania contributed ALL 36 million (about EUR 350,000) to the stabilisation of areas liberated from "
          "Daesh in Iraq, through UNDP's Funding Facility for Stabilization. Of this amount, ALL 12 million was "
          "earmarked for demining in Sinjar."),
    ("p", "Three officers of the Albanian Armed Forces serve with NATO Mission Iraq in Baghdad, advising the Iraqi "
          "Ministry of Defence on training and logistics."),
    ("p", "Albania has continued to bring home its citizens from the camps of north-east Syria: 11 women and children "
          "returned in 2028, bringing the total to 54 since 2020. The Coalition's partners have resettled or "
          "repatriated more than 9,000 people from al-Hol overall."),
    ("p", "Since 2016, Albania has given ALL 110 million in humanitarian aid to Syrian refugees in Türkiye and Jordan."),
    ("heading", "6.3 Lebanon"),
    ("p", "An Albanian medical team of nine military personnel serves with UNIFIL in southern Lebanon. Albania "
          "supported the Lebanese Armed Forces' school for explosive ordnance disposal with ALL 8 million."),
    ("heading", "6.4 The Gulf"),
    ("p", "Trade with the Gulf states reached EUR 410 million, up 14 per cent. The United Arab Emirates financed "
          "the rebuilding of 3,000 homes after the 2019 earthquake with EUR 100 million. Qatar Airways now flies "
          "to Tirana 11 times a week."),
    ("heading", "6.5 Albanian contributions elsewhere"),
    ("p", "Outside the Coalition's area, Albania deployed 21 soldiers with NATO's forward presence in Latvia and "
          "two officers with EUFOR Althea in Bosnia and Herzegovina."),
    ("p", "Annual Report 2028 - page 47"),
)
GOLD_DOCX["en-af-albania-foreign-policy-report-middle-east.docx"] = ALBANIA_FOREIGN_POLICY_REPORT_MIDDLE_EAST


if __name__ == "__main__":  # write the gold DOCX that are missing or hold other text: python tests/extraction/docxgen.py
    from pathlib import Path

    from coalition.reading import read_document

    for name, items in GOLD_DOCX.items():
        target = Path(__file__).with_name("gold") / name
        # a DOCX carries the time it was written: one whose text is right is left as it is
        if target.exists() and all(line in read_document(target.read_bytes(), name).text for _, line in items):
            continue
        target.write_bytes(make_docx(items))
        print(f"wrote {target}")
