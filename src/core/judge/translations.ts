/**
 * The words of what is measured and whose, in the languages notes are translated into
 * (Spanish, Portuguese, French, German, Italian, Dutch), as the English word the records'
 * subjects use: "el 73 % de las empresas" reads the "enterprises" of the article's record.
 * Only subject words: names, figures and scale words are read as they are elsewhere.
 * Each line is one English word and its translations, lower case with their accents.
 */
const GLOSSARY = `
enterprises: empresarial empresariales empresariais empresas empresa compañías companhias companhia entreprises entreprise unternehmen firmen aziende azienda imprese impresa bedrijven bedrijf ondernemingen
models: modelos modelo modèles modèle modelle modell modelli modello modellen
services: servicios servicio serviços serviço dienste dienstleistungen servizi servizio diensten dienst
products: productos producto produtos produto produits produit produkte produkt prodotti prodotto producten
open: abierto abiertos abierta abiertas aberto abertos aberta abertas ouvert ouverts ouverte ouvertes offen offene offenen offener aperto aperti aperta aperte open
source: código codigo code quellcode codice broncode
production: producción produção production produktion produzione productie
development: desarrollo desenvolvimento développement entwicklung sviluppo ontwikkeling
cost: costes costos coste costo custos custo coûts coût kosten costi entwicklungskosten trainingskosten
market: mercado marché markt mercato
tools: herramientas herramienta ferramentas ferramenta outils outil werkzeuge werkzeug strumenti strumento tools
training: entrenamiento entrenar treinamento treino entraînement training addestramento
compute: cómputo computación computação calcul rechenleistung rechenaufwand calcolo rekenkracht
price: precio precios preço preços prix preis preise prezzo prezzi prijs prijzen
downloads: descargas descarga downloads téléchargements téléchargement download herunterladen scaricamenti download
developers: desarrolladores desarrollador desenvolvedores desenvolvedor programadores développeurs développeur entwickler sviluppatori sviluppatore ontwikkelaars ontwikkelaar
active: activos activo activas ativos ativo actifs actif aktive aktiven aktiv attivi attivo actieve actief
growth: crecimiento crescimento croissance wachstum crescita groei
funding: financiación financiamiento financiamento financement finanzierung finanziamento financiering
venture: riesgo risco risque wagniskapital rischio durfkapitaal
startups: startups startup
annual: anual anuales annuel annuelle annuels jährlich jährliche annuale annuali jaarlijks jaarlijkse
savings: ahorro ahorros ahorra economia economias économies économie einsparungen ersparnis risparmio risparmi besparing besparingen
average: media medio promedio média médio moyenne moyen durchschnitt durchschnittliche durchschnittlich medio gemiddeld gemiddelde
score: puntuación pontuação score punteggio
accuracy: precisión precisão précision genauigkeit accuratezza nauwkeurigheid
latency: latencia latência latence latenz latenza latentie
faster: rápido rápida rápidos rapide rapides schneller veloce sneller
salary: salarial salariales salariale salariais salario salarios salário salários salaire salaires gehalt gehälter stipendio stipendi salaris
premium: prima prémio prime aufschlag premio premie
experience: experiencia experiência expérience erfahrung esperienza ervaring
jobs: empleo empleos empregos vagas emplois stellen lavoro vacatures
postings: ofertas anuncios offres stellenanzeigen annunci
contributions: contribuciones contribuições contributions beiträge contributi bijdragen
repositories: repositorios repositórios dépôts repositories repository
license: licencia licença licence lizenz licenza licentie
monthly: mensuales mensual mensais mensal mensuels mensuel monatlich monatliche mensili mensile maandelijks maandelijkse
users: usuarios usuário usuários utilisateurs utilisateur nutzer benutzer utenti utente gebruikers gebruiker
workloads: cargas workloads travail trabajo trabalho arbeitslasten carichi werklasten
component: componente componentes composant komponente componenti component
forecast: previsión pronóstico previsão prévision prognose previsione voorspelling
parameters: parámetros parâmetros paramètres parameter parametri
weights: pesos poids gewichte pesi gewichten
sovereignty: soberanía soberania souveraineté souveränität sovranità soevereiniteit
opportunity: oportunidad oportunidade opportunité chance opportunità kans
recognition: reconocimiento reconhecimento reconnaissance erkennung riconoscimento herkenning
ai: ia ki
engineers: ingenieros ingeniero engenheiros ingénieurs ingenieure ingegneri
yoy: interanual interanuales
raised: levantó recaudó captó levantou arrecadou levé sammelte raccolto
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
