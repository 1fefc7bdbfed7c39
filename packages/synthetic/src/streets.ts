/**
 * Street names for the synthetic addresses, three to each LSOA in order. They
 * are borrowed from each borough's map for flavour; house numbers, flats and
 * postcodes are made up and do not match real properties.
 */
import { LAMBETH, LEWISHAM } from '@joined-up/geography';

export const STREETS_PER_LSOA = 3;

const lambeth = [
  'Acre Lane', 'Brixton Road', 'Coldharbour Lane', 'Railton Road', 'Stockwell Road', 'Clapham Road',
  'Kennington Lane', 'Vauxhall Walk', 'Streatham High Road', 'Norwood Road', 'Tulse Hill', 'Effra Road',
  'Landor Road', 'Loughborough Road', 'Wandsworth Road', 'Lambeth Walk', 'Ferndale Road', 'Mayall Road',
  'Shakespeare Road', 'Dalberg Road', 'Electric Avenue', 'Atlantic Road', 'Somerleyton Road', 'Rattray Road',
  'Trinity Gardens', 'Josephine Avenue', 'Brixton Hill', 'Herne Hill Road', "Knight's Hill", 'Gipsy Road',
  'Leigham Court Road', 'Christchurch Road', 'Palace Road', 'Lansdowne Way', 'Larkhall Rise', 'Priory Grove',
  'Albert Square', 'Fentiman Road', 'Meadow Road', 'Durand Gardens', 'Mostyn Road', 'Angell Road',
  'Wiltshire Road', 'Minet Road', 'Loats Road', 'Elm Park', 'Hayter Road', 'Solon Road',
  'Kellett Road', 'Barrington Road', 'Geneva Drive', 'Crawshay Road', 'Black Prince Road', 'Kennington Road',
  'Hackford Road', 'Stockwell Park Crescent', 'Lorn Road', 'Villa Road', 'Dulwich Road', 'Croxted Road',
  'Rosendale Road', 'Thurlow Park Road', 'Lancaster Avenue', 'Elmcourt Road', 'Crown Dale', 'Central Hill',
  'Auckland Hill', 'Norwood High Street', 'Valley Road', 'Mitcham Lane', 'Wellfield Road', 'Sunnyhill Road',
];

const lewisham = [
  'Lewisham High Street', 'Rushey Green', 'Brockley Road', 'Lee High Road', 'Deptford High Street', 'Evelyn Street',
  'New Cross Road', 'Lewisham Way', 'Catford Road', 'Bromley Road', 'Sydenham Road', 'Kirkdale',
  'Stanstead Road', 'Honor Oak Park', 'Ladywell Road', 'Hither Green Lane', 'Manor Lane', 'Burnt Ash Hill',
  'Loampit Vale', 'Tressillian Road', 'Wickham Road', 'Malpas Road', 'Vicars Hill', 'Algernon Road',
  'Ravensbourne Park', 'Bellingham Road', 'Perry Vale', 'Dartmouth Road', 'Sangley Road', 'Torridon Road',
  'Verdant Lane', 'Beckenham Hill Road', 'Mayow Road', 'Silverdale', 'Adelaide Avenue', 'Jerningham Road',
  'Pepys Road', 'Clifton Rise', 'Waller Road', 'Breakspears Road', 'Erlanger Road', 'Camplin Street',
  'Ommaney Road', 'Arbuthnot Road', 'Baring Road', 'Micheldever Road', 'Leahurst Road', 'Staplehurst Road',
  'Brownhill Road', 'Further Green Road', 'Minard Road', 'Ardgowan Road', 'Eltham Road', 'Lee Terrace',
  'Belmont Hill', 'Granville Park', 'Blessington Road', 'Manor Park', 'Lampmead Road', 'Sandhurst Road',
  'Culverley Road', 'Inchmery Road', 'Bargery Road', 'Canadian Avenue', 'Stanstead Grove', 'Forest Hill Road',
  'Devonshire Road', 'Westbourne Drive', 'Queenswood Road', 'Wells Park Road', 'Jews Walk', 'Lawrie Park Road',
];

/** Street names by local authority code. */
export const STREETS: ReadonlyMap<string, readonly string[]> = new Map([
  [LAMBETH, lambeth],
  [LEWISHAM, lewisham],
]);
