# Page furniture pools shared by the test-page generator and training-data/tools/make_pages.py.
OTHER_HEADLINES = [
 "Russian missile strike kills 14 in Odesa apartment block",
 "Israeli tanks push deeper into Rafah as talks stall",
 "Sudan's RSF shells El Fasher market, dozens dead",
 "Houthi drones target ship in Red Sea, US says",
 "Ukraine hits Russian refinery near Volgograd with drones",
 "Clashes erupt on Armenia-Azerbaijan border, two soldiers killed",
 "Hezbollah fires rockets at northern Israel after strike in Lebanon",
 "Myanmar junta air strike hits village in Sagaing region",
 "Eurovision: Croatia's entry tops the fan polls",
 "Red Star Belgrade clinch league title with win over Partizan",
 "Inflation in euro zone falls to 2.4 percent",
 "Heatwave grips southern Europe, temperatures top 40C",
 "Albania's opposition leader placed under house arrest",
 "Bulgaria heads to seventh election in three years",
 "Croatian tourism breaks record with 21 million visitors",
 "Slovenia opens new rail link to the port of Koper",
 "Romania's presidential runoff set for Sunday",
 "Wildfire near Athens forces evacuation of suburbs",
 "Gunmen kill 12 in attack on army post in Burkina Faso",
 "Congo rebels seize town near Goma, UN says",
 "Taiwan reports Chinese warships near its coast",
 "North Korea test-fires ballistic missile into sea",
 "EU ministers agree on new sanctions package against Russia",
 "Hungary blocks EU statement on Georgia",
 "Bosnian Serb leader sentenced to one year in prison",
 "Montenegro to hold census in October",
 "Skopje airport closed for hours after bomb threat",
 "Tirana mayor arrested in corruption probe",
 "Kosovo basketball team qualifies for European championship",
 "Serbian film wins top prize at Sarajevo festival",
]
TEASER_SUMMARIES = [
 "Rescue workers were searching the rubble for survivors on Monday after the strike, which officials said was one of the deadliest this year in the port city.",
 "The army said it was operating against militant infrastructure, while aid agencies warned that the last functioning hospital in the area could close within days.",
 "Residents said shells fell on the crowded market in the morning, and medical staff described overwhelmed clinics running out of basic supplies.",
 "The vessel reported minor damage and continued its voyage, the military said, adding that warships in the area had shot down two more drones.",
 "The governor said a fire broke out at the facility after the attack but was quickly put out and there were no casualties among the workers.",
 "Both sides blamed each other for starting the shooting, the latest in a series of incidents along the heavily militarised frontier.",
 "The group said the rockets were a response to an earlier strike that killed two of its fighters, and the Israeli army said it had hit the launch sites.",
 "Opposition groups said more than thirty civilians were killed when jets bombed a school and a monastery where villagers had taken shelter.",
 "Fans across the region have praised the song, which blends folk melodies with electronic beats, and bookmakers now rank it among the favourites.",
 "The champions sealed the title with three rounds to spare after a tense derby that was interrupted twice by flares thrown onto the pitch.",
 "Economists said the figures strengthened the case for the central bank to cut interest rates again at its next meeting in June.",
 "Authorities urged people to stay indoors during the hottest hours of the day and opened air-conditioned public buildings to the elderly.",
]
DATES = ["12 March 2024", "March 3, 2024", "2024-04-17", "17.04.2024", "Apr 21, 2024", "5 May 2024 10:42",
         "Tuesday, 14 May 2024", "June 2, 2024 at 9:15 am", "2 hours ago", "Yesterday 18:05", "09/06/2024",
         "Published: 11 June 2024, 14:05", "Updated 21:30 CET", "21 Oct 2024", "November 8, 2024"]
SITES = ["Balkan Daily", "Western Balkans Observer", "Danube Times", "Adriatic Wire", "Pristina Post",
         "Belgrade Insight Weekly", "South East Europe Today", "Global News Desk", "The Ibar Chronicle",
         "Southeast Report", "Euro-Balkan Review", "Morning Star of the Balkans"]
MENUS = [
 ["Home", "News", "Politics", "Economy", "Sports", "Culture", "Opinion", "Video"],
 ["Balkans", "World", "Business", "Society", "Science", "Travel", "Podcasts"],
 ["Top Stories", "Serbia", "Kosovo", "Bosnia", "Montenegro", "Albania", "North Macedonia", "Croatia", "EU"],
 ["Latest", "Analysis", "Interviews", "Features", "Multimedia", "About us", "Contact"],
 ["World", "Europe", "Middle East", "Africa", "Americas", "Asia", "Markets", "Weather"],
]
MENUS_DE = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Meinung", "Panorama"]
MENUS_FR = ["Accueil", "International", "Politique", "Économie", "Culture", "Sport", "Vidéos"]
MENUS_SR = ["Početna", "Vesti", "Politika", "Ekonomija", "Sport", "Kultura", "Svet", "Region"]
MENUS_ES = ["Portada", "Internacional", "España", "Economía", "Cultura", "Deportes", "Opinión"]
CAPTIONS = [
 "Police officers stand guard near the bridge in Mitrovica. Photo: Reuters/Ognen Teofilovski",
 "Protesters gather in front of the government building. (Photo: AFP)",
 "Photo: Getty Images",
 "The meeting in Brussels on Monday. Photo: EU Press Service",
 "A view of the border crossing at Jarinje. Foto: Beta/Milos Miskov",
 "Delegations at the start of the talks. AP Photo/Virginia Mayo",
 "Image: Shutterstock",
]
AUTHORS = ["Ana Petrovic", "Besnik Krasniqi", "John Miller", "Marija Jovanovic", "Elena Novak",
           "Arben Hoxha", "Sarah Collins", "Dragan Stojanovic", "Lea Hoffmann"]
COMMENTS = [
 ("Milan", "This is exactly what happens when Brussels keeps postponing hard decisions, and ordinary people on both sides pay the price every single time."),
 ("Agron K.", "I live in Mitrovica and nobody asked us what we think. The politicians in both capitals should come here and talk to people before signing anything."),
 ("peacenow88", "Good article, but you forgot to mention that the same promises were made in 2013 and again in 2015 and almost nothing was implemented afterwards."),
 ("Jelena", "Thank you for the balanced reporting, it is rare to find a piece that quotes both sides fairly these days."),
 ("Tom W.", "Why is the EU paying for all of this? Our own towns need investment too, and nobody seems to care about that."),
]
COOKIE = [
 "We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. Accept | Settings",
 "This website uses cookies to ensure you get the best experience. Learn more in our Privacy Policy. Got it!",
 "Our site uses cookies and similar technologies for analytics and personalised advertising. You can change your consent at any time in the cookie settings.",
]
FOOTER = [
 "\u00a9 {year} {site}. All rights reserved.",
 "Copyright \u00a9 {year} {site} | Privacy Policy | Terms of Use | Contact",
 "{site} \u00a9 {year} \u2013 Reproduction without permission is prohibited.",
]
ABOUT = [
 "{site} is an independent news portal covering politics, economy and society in South East Europe since 2009.",
 "About {site}: we publish news and analysis from the Western Balkans in English, with correspondents in six capitals.",
]
