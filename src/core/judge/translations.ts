/**
 * The words of what is measured and whose, in the languages notes are translated into
 * (Spanish, Portuguese, French, German, Italian, Dutch, Polish, Swedish, Norwegian, Danish, Turkish), as the English word the records'
 * subjects use: "el 73 % de las empresas" reads the "enterprises" of the article's record.
 * Only subject words: names, figures and scale words are read as they are elsewhere.
 * Each line is one English word and its translations, lower case with their accents.
 */
const GLOSSARY = `
enterprises: empresarial empresariales empresariais empresas empresa compañías companhias companhia entreprises entreprise unternehmen firmen aziende azienda imprese impresa bedrijven bedrijf ondernemingen przedsiębiorstw przedsiębiorstwa przedsiębiorstwo przedsiębiorstwach firmy firmach företag företagen företags bedrifter virksomheder işletmelerin işletmeler işletme şirketlerin şirketler şirketlerinin kurumların kuruluşların kurumsal
models: modelos modelo modèles modèle modelle modell modelli modello modellen modele modeli modelami modelu modeller modellerna modellene modellerne modeller modelleri modelin modellerin modeli
services: servicios servicio serviços serviço dienste dienstleistungen servizi servizio diensten dienst usług usługi usługach
products: productos producto produtos produto produits produit produkte produkt prodotti prodotto producten produktów produkty
open: abierto abiertos abierta abiertas aberto abertos aberta abertas ouvert ouverts ouverte ouvertes offen offene offenen offener aperto aperti aperta aperte open otwarte otwartych otwarty otwartym otwartymi otwartego öppna öppen öppet åpne åpen åbne åben açık
source: código codigo code quellcode codice broncode kod kodu kodzie źródłowy źródłowym źródłowego källkod kildekode kaynak kaynaklı
production: producción produção production produktion produzione productie produkcyjnie produkcji produkcyjnym üretim üretimde
development: desarrollo desenvolvimento développement entwicklung sviluppo ontwikkeling rozwoju rozwój utveckling utvikling udvikling geliştirme
cost: costes costos coste costo custos custo coûts coût kosten costi entwicklungskosten trainingskosten koszty kosztów koszt kostnader kostnaden kostnad kostnadene omkostninger utvecklingskostnaderna maliyet maliyetleri maliyetlerini maliyetini
market: mercado marché markt mercato rynek rynku rynkowy marknaden marknad markedet marked pazar pazarı pazarının piyasa piyasası piyasaya
tools: herramientas herramienta ferramentas ferramenta outils outil werkzeuge werkzeug strumenti strumento tools narzędzi narzędzia narzędziach verktyg verktøy værktøjer araçlar araçları araçlarının
training: entrenamiento entrenar treinamento treino entraînement training addestramento trenowania trening treningu träning träna trening eğitim eğitimi
compute: cómputo computación computação calcul rechenleistung rechenaufwand calcolo rekenkracht obliczeniowej obliczeniowa obliczeń beräkningsresurser beräkningskraft hesaplama
price: precio precios preço preços prix preis preise prezzo prezzi prijs prijzen cena ceny cen
downloads: descargas descarga downloads téléchargements téléchargement download herunterladen scaricamenti download pobrania pobrań nedladdningar nedlastinger downloads indirme indirilirken indirildi
developers: desarrolladores desarrollador desenvolvedores desenvolvedor programadores développeurs développeur entwickler sviluppatori sviluppatore ontwikkelaars ontwikkelaar deweloperzy deweloperów programiści programistów utvecklare utviklere udviklere geliştirici geliştiriciler geliştiricisi geliştiricilerin
active: activos activo activas ativos ativo actifs actif aktive aktiven aktiv attivi attivo actieve actief aktywni aktywnych aktywne aktiva aktive aktif
growth: crecimiento crescimento croissance wachstum crescita groei wzrost wzrosła wzrósł wzrostu tillväxt ökning ökade vekst büyüme artış
funding: financiación financiamiento financiamento financement finanzierung finanziamento financiering finansowanie finansowania finansiering riskkapitalet riskkapital yatırım yatırımı finansman
venture: riesgo risco risque wagniskapital rischio durfkapitaal ryzyka
startups: startups startup startupy startupów girişim girişimler girişimlere
annual: anual anuales annuel annuelle annuels jährlich jährliche annuale annuali jaarlijks jaarlijkse rocznie roczny roczne rocznych årligen årlig årlige yıllık
savings: ahorro ahorros ahorra economia economias économies économie einsparungen ersparnis risparmio risparmi besparing besparingen oszczędza oszczędności oszczędność oszczędzają besparing besparingar sparar besparelser tasarruf
average: media medio promedio média médio moyenne moyen durchschnitt durchschnittliche durchschnittlich medio gemiddeld gemiddelde średnie średnio średnia średniej genomsnittliga genomsnitt gjennomsnittlig gennemsnitlig ortalama
score: puntuación pontuação score punteggio puan puanını
accuracy: precisión precisão précision genauigkeit accuratezza nauwkeurigheid dokładność dokładności
latency: latencia latência latence latenz latenza latentie opóźnienie opóźnienia
faster: rápido rápida rápidos rapide rapides schneller veloce sneller szybciej szybsze szybszy szybsza vite depressa velocemente rapidamente rápidamente snabbare raskere hurtigere hızlı
salary: salarial salariales salariale salariais salario salarios salário salários salaire salaires gehalt gehälter stipendio stipendi salaris wynagrodzenie wynagrodzenia zarabiają lön löner lønn løn maaş maaşı
premium: prima prémio prime aufschlag premio premie premia premii primi prim
experience: experiencia experiência expérience erfahrung esperienza ervaring doświadczeniem doświadczenie doświadczenia deneyim deneyimi
jobs: empleo empleos empregos vagas emplois stellen lavoro vacatures
postings: ofertas anuncios offres stellenanzeigen annunci ogłoszeń ogłoszenia ilan ilanları ilanlarında
contributions: contribuciones contribuições contributions beiträge contributi bijdragen
repositories: repositorios repositórios dépôts repositories repository repozytoriów repozytoria
license: licencia licença licence lizenz licenza licentie licencja licencji licencję licens lisens
monthly: mensuales mensual mensais mensal mensuels mensuel monatlich monatliche mensili mensile maandelijks maandelijkse miesięcznie miesięcznych
users: usuarios usuário usuários utilisateurs utilisateur nutzer benutzer utenti utente gebruikers gebruiker użytkowników użytkownicy användare brukere brugere kullanıcı kullanıcılar
workloads: cargas workloads travail trabajo trabalho arbeitslasten carichi werklasten arbetslaster yükleri
component: componente componentes composant komponente componenti component
forecast: previsión pronóstico previsão prévision prognose previsione voorspelling prognoza prognozuje prognozy prognos prognose tahmin
parameters: parámetros parâmetros paramètres parameter parametri parametrów parametry
weights: pesos poids gewichte pesi gewichten
sovereignty: soberanía soberania souveraineté souveränität sovranità soevereiniteit suwerenności suwerenność egemenliği egemenlik
opportunity: oportunidad oportunidade opportunité chance opportunità kans
recognition: reconocimiento reconhecimento reconnaissance erkennung riconoscimento herkenning
ai: ia ki zekâ zeka
engineers: ingenieros ingeniero engenheiros ingénieurs ingenieure ingegneri inżynierowie inżynierów specjaliści specjalistów ingenjörer ingeniører mühendisleri mühendisler
yoy: interanual interanuales
raised: levantó recaudó captó levantou arrecadou levé sammelte raccolto pozyskała zebrała
`;

/** Words of the lists that are English words too: read as English. */
const ENGLISH_ALREADY: ReadonlySet<string> = new Set(['code', 'open', 'production', 'training', 'download', 'downloads', 'tools', 'startups', 'startup', 'score', 'contributions', 'repositories', 'repository', 'parameter', 'component', 'workloads', 'premium', 'chance', 'prime', 'charges', 'media', 'stellen', 'prix', 'kans']);

/** Each translated word with the English word it stands for. */
export const TRANSLATED: ReadonlyMap<string, string> = new Map(
  GLOSSARY.trim()
    .split('\n')
    .flatMap((line) => {
      const [english, words] = line.split(':');
      return words
        .trim()
        .split(/\s+/)
        // A word that is English already ("code", "open", "training") keeps its own reading.
        .filter((w) => w !== english && !ENGLISH_ALREADY.has(w))
        .map((w): [string, string] => [w, english]);
    }),
);
