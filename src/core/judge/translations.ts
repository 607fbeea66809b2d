/**
 * The words of what is measured and whose, in the languages notes are translated into
 * (Spanish, Portuguese, French, German, Italian, Dutch, Polish, Swedish, Norwegian, Danish, Turkish, Indonesian,
 * Romanian, Russian), as the English word the records'
 * subjects use: "el 73 % de las empresas" reads the "enterprises" of the article's record.
 * Only subject words: names, figures and scale words are read as they are elsewhere.
 * Each line is one English word and its translations, lower case with their accents.
 */
const GLOSSARY = `
enterprises: empresarial empresariales empresariais empresas empresa compañías companhias companhia entreprises entreprise unternehmen firmen aziende azienda imprese impresa bedrijven bedrijf ondernemingen przedsiębiorstw przedsiębiorstwa przedsiębiorstwo przedsiębiorstwach firmy firmach företag företagen företags bedrifter virksomheder işletmelerin işletmeler işletme şirketlerin şirketler şirketlerinin kurumların kuruluşların kurumsal perusahaan companiile companii companiilor предприятий предприятиях компаний компаниях организаций virksomheter virksomhetene virksomhederne
models: modelos modelo modèles modèle modelle modell modelli modello modellen modele modeli modelami modeller modellerna modellene modellerne modeller modelleri modelin modellerin modeli modelele modelelor моделей модели модель моделям моделями
services: servicios servicio serviços serviço dienste dienstleistungen servizi servizio diensten dienst usług usługi usługach
products: productos producto produtos produto produits produit produkte produkt prodotti prodotto producten produktów produkty
open: abierto abiertos abierta abiertas aberto abertos aberta abertas ouvert ouverts ouverte ouvertes offen offene offenen offener aperto aperti aperta aperte open otwarte otwartych otwarty otwartym otwartymi otwartego öppna öppen öppet åpne åpen åbne åben açık terbuka deschis deschise открытых открытые открытым открытой открытого открытая открытый открытыми
source: código codigo code quellcode codice broncode kod kodu kodzie źródłowy źródłowym źródłowego källkod kildekode kaynak kaynaklı sumber sursă исходным исходный исходного исходными кодом
production: producción produção production produktion produzione productie produkcyjnie produkcji produkcyjnym üretim üretimde produksi producție продакшене продакшн эксплуатации
development: desarrollo desenvolvimento développement entwicklung sviluppo ontwikkeling rozwoju rozwój utveckling utvikling udvikling geliştirme pengembangan dezvoltare разработки разработку разработка
cost: costes costos coste costo custos custo coûts coût kosten costi entwicklungskosten trainingskosten koszty kosztów koszt kostnader kostnaden kostnad kostnadene omkostninger utvecklingskostnaderna maliyet maliyetleri maliyetlerini maliyetini biaya costuri costurile затраты затрат расходы расходов
market: mercado marché markt mercato rynek rynku rynkowy marknaden marknad markedet marked pazar pazarı pazarının piyasa piyasası piyasaya pasar piața pieței piață рынок рынка рынке рынку
tools: herramientas herramienta ferramentas ferramenta outils outil werkzeuge werkzeug strumenti strumento tools narzędzi narzędzia narzędziach verktyg verktøy værktøjer araçlar araçları araçlarının perangkat instrumente инструментов инструменты
training: entrenamiento entrenar treinamento treino entraînement training addestramento trenowania trening treningu träning träna trening eğitim eğitimi pelatihan melatih antrenare обучения обучение обучению
domain: dominio domínio domaine domäne domänen dominios domínios domini branchenmodelle branchenspezifische
specific: específico específicos específica específicas spécifique spécifiques spezifisch spezifische spezifischen specifico specifici specifica specifiche spezialisierte spezialisierten especializados especializadas spécialisés spécialisées specializzati specializzate
compute: computacionais computacional computazionale computazionali cómputo computación computação calcul rechenleistung rechenaufwand calcolo rekenkracht obliczeniowej obliczeniowa obliczeń beräkningsresurser beräkningskraft hesaplama komputasi вычислений вычислительных вычисления
price: precio precios preço preços prix preis preise prezzo prezzi prijs prijzen cena ceny cen цена цены
surveyed: befragten befragte befragt encuestados encuestadas encuestadas sondés sondées interrogés interrogées intervistati intervistate entrevistados entrevistadas ondervraagde ankietowanych
respondents: respondentes respondenten répondants rispondenti
downloads: descargas descarga downloads téléchargements téléchargement download herunterladen scaricamenti download pobrania pobrań nedladdningar nedlastinger downloads indirme indirilirken indirildi unduhan descărcări загрузок загрузки скачиваний
developers: desarrolladores desarrollador desenvolvedores desenvolvedor programadores développeurs développeur entwickler entwicklern entwicklerinnen sviluppatori sviluppatore ontwikkelaars ontwikkelaar deweloperzy deweloperów programiści programistów utvecklare utviklere udviklere geliştirici geliştiriciler geliştiricisi geliştiricilerin pengembang dezvoltatori dezvoltatorilor разработчиков разработчики разработчика
active: activos activo activas ativos ativo actifs actif aktive aktiven aktiv attivi attivo actieve actief aktywni aktywnych aktywne aktiva aktive aktif activi активных активные активного
growth: crecimiento crescimento croissance wachstum crescita groei wzrost wzrosła wzrósł wzrostu tillväxt ökning ökade vekst büyüme artış pertumbuhan creștere рост роста ростом
funding: financiación financiamiento financiamento financement finanzierung finanziamento financiering finansowanie finansowania finansiering riskkapitalet riskkapital yatırım yatırımı finansman pendanaan investasi finanțare investiții финансирования финансирование инвестиций инвестиции
venture: riesgo risco risque wagniskapital rischio durfkapitaal ryzyka венчурных венчурного венчурные венчурный
startups: startups startup startupy startupów girişim girişimler girişimlere стартапов стартапы
annual: anual anuales annuel annuelle annuels jährlich jährliche annuale annuali jaarlijks jaarlijkse rocznie roczny roczne rocznych årligen årlig årlige yıllık
savings: ahorro ahorros ahorra economia economias économies économie einsparungen ersparnis risparmio risparmi besparing besparingen oszczędza oszczędności oszczędność oszczędzają besparing besparingar sparar besparelser tasarruf penghematan economii экономия экономии экономию
average: media medio promedio média médio moyenne moyen durchschnitt durchschnittliche durchschnittlich medio gemiddeld gemiddelde średnie średnio średnia średniej genomsnittliga genomsnitt gjennomsnittlig gennemsnitlig ortalama rata-rata medie средняя среднем средний среднее
score: puntuación pontuação score punteggio puan puanını skor scor
accuracy: precisión precisão précision genauigkeit accuratezza nauwkeurigheid dokładność dokładności точность точности
latency: latencia latência latenz latenza latentie opóźnienie opóźnienia latensi latență задержка задержки
faster: rápido rápida rápidos rapide rapides schneller veloce sneller szybciej szybsze szybszy szybsza vite depressa velocemente rapidamente rápidamente snabbare raskere hurtigere hızlı cepat rapid быстрее
salary: salarial salariales salariale salariais salario salarios salário salários salaire salaires gehalt gehälter stipendio stipendi salaris wynagrodzenie wynagrodzenia zarabiają lön löner lønn løn maaş maaşı gaji salariu salarii зарплата зарплаты зарплат
premium: prima prémio prime aufschlag premio premie premia premii primi prim primă надбавка надбавку
experience: experiencia experiência expérience erfahrung esperienza ervaring doświadczeniem doświadczenie doświadczenia deneyim deneyimi опытом опыт опыта
jobs: empleo empleos empregos vagas emplois stellen lavoro vacatures вакансий вакансии
postings: ofertas anuncios offres stellenanzeigen annunci ogłoszeń ogłoszenia ilan ilanları ilanlarında lowongan anunțuri объявлений
contributions: contribuciones contribuições contributions beiträge contributi bijdragen
repositories: repositorios repositórios dépôts repositories repository repozytoriów repozytoria репозиториев репозитории
license: licencia licença licence lizenz licenza licentie licencja licencji licencję licens lisens лицензия лицензии
monthly: mensuales mensual mensais mensal mensuels mensuel monatlich monatliche mensili mensile maandelijks maandelijkse miesięcznie miesięcznych
users: usuarios usuário usuários utilisateurs utilisateur nutzer benutzer utenti utente gebruikers gebruiker użytkowników użytkownicy användare brukere brugere kullanıcı kullanıcılar pengguna utilizatori пользователей пользователи
workloads: cargas workloads travail trabajo trabalho arbeitslasten carichi werklasten arbetslaster yükleri нагрузок
component: componente componentes composant komponente componenti component
forecast: previsión pronóstico previsão prévision prognose previsione voorspelling prognoza prognozuje prognozy prognos prognose tahmin prediksi prognoză прогноз прогнозу прогноза
parameters: parámetros parâmetros paramètres parameter parametri parametrów parametry parametri параметров параметры
weights: pesos poids gewichte pesi gewichten
sovereignty: soberanía soberania souveraineté souveränität sovranità soevereiniteit suwerenności suwerenność egemenliği egemenlik kedaulatan suveranitate suveranitatea
opportunity: oportunidad oportunidade opportunité chance opportunità kans
recognition: reconocimiento reconhecimento reconnaissance erkennung riconoscimento herkenning
ai: ia ki zekâ zeka ии
engineers: ingenieros ingeniero engenheiros ingénieurs ingenieure ingegneri inżynierowie inżynierów specjaliści specjalistów ingenjörer ingeniører mühendisleri mühendisler insinyur ingineri инженеров инженеры
yoy: interanual interanuales
raised: levantó recaudó captó levantou arrecadou levé sammelte raccolto pozyskała zebrała
`;

/** Words of the lists that are English words too: read as English. */
const ENGLISH_ALREADY: ReadonlySet<string> = new Set(['marked', 'prima', 'prim', 'code', 'open', 'production', 'training', 'download', 'downloads', 'tools', 'startups', 'startup', 'score', 'contributions', 'repositories', 'repository', 'parameter', 'component', 'workloads', 'premium', 'chance', 'prime', 'charges', 'media', 'stellen', 'prix', 'kans']);

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

/**
 * The same words as Chinese, Japanese and Korean notes write them, with no spaces between
 * words: they are found inside a run of characters (`inCjk`), the longest first, so that
 * 開発者 reads as "developers" and not "development".
 */
const CJK_GLOSSARY = `
enterprises: 企業 企业 기업
models: モデル 模型 모델
open source: オープンソース 开源 開源 오픈소스
open: オープン 오픈 开放 開放
production: 本番 生产环境 生產環境 프로덕션
market: 市場 市场 시장
tools: ツール 工具 도구
developers: 開発者 开发者 開發者 개발자
development: 開発 开发 開發 개발
active: アクティブ 活跃 活躍 활성
downloads: ダウンロード 下载 下載 다운로드
growth: 成長 增长 增長 성장 増加 增加
cost: コスト 成本 费用 費用 비용
training: 学習 训练 訓練 학습
compute: 計算資源 计算资源 算力 연산
price: 価格 价格 價格 가격 料金
funding: 投資 投资 融资 투자 資金調達 유치 調達
venture: ベンチャー 风险投资 벤처
startups: スタートアップ 初创 创业公司 스타트업
annual: 年間 每年 연간
savings: 節約 节省 절감
reduce: 削減 降低 减少 削减 감소
average: 平均 평균
faster: 速い 速く 高速 更快 빠른 빠르게
salary: 給与 年収 薪资 工资 연봉 급여
premium: プレミアム 溢价 프리미엄
postings: 求人 招聘 채용
users: ユーザー 用户 사용자
forecast: 予測 预测 예측
parameters: パラメータ パラメーター 参数 파라미터
weights: 重み 权重 가중치
sovereignty: 主権 主权 주권
ai: 人工知能 人工智能 인공지능
engineers: エンジニア 工程师 엔지니어
workloads: ワークロード 工作负载 워크로드
latency: レイテンシ 延迟 지연
score: スコア 得分 分数 점수
accuracy: 精度 准确率 正確率 정확도
contributions: 貢献 贡献 기여
repositories: リポジトリ 仓库 저장소
license: ライセンス 许可证 라이선스
local: ローカル 本地 로컬
deployment: デプロイ 部署 배포
responses: 応答 响应 응답
services: サービス 服务 서비스
api: API
annotations: 注释 標注 标注 注釈 アノテーション 주석
human: 人类 人類 人間 인간
preference: 偏好 選好 선호
domain: 领域 領域 도메인 ドメイン
specific: 专用 專用 特化 특화 전용
`;

const CJK_WORDS: ReadonlyMap<string, string> = new Map(
  CJK_GLOSSARY.trim()
    .split('\n')
    .flatMap((line) => {
      const [english, words] = line.split(':');
      return words.trim().split(/\s+/).map((w): [string, string] => [w, english]);
    }),
);
const LONGEST_CJK = Math.max(...[...CJK_WORDS.keys()].map((w) => w.length));

/** Characters of Chinese, Japanese or Korean writing. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The English words a run of Chinese, Japanese or Korean characters holds, in order, the
 * longest known word first at each place; a run of Latin letters or digits inside it
 * ("オープンソースAIモデル") is given as it is.
 */
export function inCjk(word: string): string[] {
  const out: string[] = [];
  let latin = '';
  // By code points: a character beyond the BMP ("𠜎") is one character, whichever script it is.
  const chars = Array.from(word);
  for (let i = 0; i < chars.length; ) {
    if (!CJK.test(chars[i])) {
      latin += chars[i++];
      continue;
    }
    if (latin) {
      out.push(latin);
      latin = '';
    }
    let found = 0;
    for (let n = Math.min(LONGEST_CJK, chars.length - i); n > 0 && !found; n--) {
      const english = CJK_WORDS.get(chars.slice(i, i + n).join(''));
      if (english) {
        out.push(english);
        found = n;
      }
    }
    i += found || 1;
  }
  if (latin) out.push(latin);
  return out;
}
