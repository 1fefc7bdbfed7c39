import { normaliseName } from './normalise-name.js';

/**
 * Familiar forms and spellings of given names, each group led by the formal
 * name they stand for. A receptionist writes "Bill", a custody sergeant
 * "Billy", the GP "William": all three become "william" before encoding, so
 * they block together and their Bloom filters overlap.
 *
 * A familiar form shared by several formal names (Alex, Sam, Chris, Jo)
 * stands for all of them, the group listed first leading: the encoder puts
 * every one into the name's Bloom filter, so "Sam" overlaps both Samuel and
 * Samantha, and sex, compared separately, tells them apart.
 * Every agency must use the same dictionary, or the same name encodes
 * differently in two places: change it only with a new linkage secret.
 */
const GROUPS: readonly (readonly string[])[] = [
  // English, men
  ['William', 'Bill', 'Billy', 'Will', 'Willy', 'Willie', 'Liam', 'Wills'],
  ['Robert', 'Rob', 'Robbie', 'Robby', 'Bob', 'Bobby', 'Bert', 'Rab', 'Robin'],
  ['Richard', 'Rich', 'Richie', 'Rick', 'Ricky', 'Dick', 'Dickie'],
  ['James', 'Jim', 'Jimmy', 'Jimmie', 'Jamie', 'Jem', 'Jas'],
  ['Thomas', 'Tom', 'Tommy', 'Tommie', 'Thom', 'Tomasz', 'Tomek', 'Tomas', 'Tommaso'],
  ['Michael', 'Mike', 'Mick', 'Mickey', 'Micky', 'Mikey', 'Mikhail', 'Michal', 'Micheal'],
  ['Christopher', 'Chris', 'Kit', 'Topher', 'Christy', 'Krzysztof', 'Cristopher'],
  ['Jonathan', 'Jon', 'Jonny', 'Jonty', 'Johnathan', 'Jonathon'],
  ['John', 'Johnny', 'Jack', 'Jock', 'Jon'],
  ['Nicholas', 'Nick', 'Nicky', 'Nico', 'Nikolai', 'Nicolas', 'Nikolas', 'Klaus'],
  ['Daniel', 'Dan', 'Danny', 'Dani', 'Daniyal'],
  ['Samuel', 'Sam', 'Sammy', 'Sammie', 'Samuele'],
  ['Benjamin', 'Ben', 'Benji', 'Benny', 'Benjy'],
  ['Joseph', 'Joe', 'Joey', 'Jo', 'Jojo', 'Joss', 'Giuseppe', 'Beppe', 'Jose', 'Pepe', 'Yusuf', 'Yousef', 'Yousuf', 'Yosef', 'Josef'],
  ['Matthew', 'Matt', 'Matty', 'Mattie', 'Mat', 'Mateusz', 'Matteo', 'Mathew'],
  ['Anthony', 'Tony', 'Ant', 'Antony', 'Anton', 'Antonio', 'Antoine'],
  ['Edward', 'Ed', 'Eddie', 'Eddy', 'Ted', 'Teddy', 'Ned', 'Edwin'],
  ['Andrew', 'Andy', 'Drew', 'Andrea', 'Andre', 'Andrzej', 'Andreas'],
  ['Stephen', 'Steve', 'Steven', 'Stevie', 'Stefan', 'Stephan', 'Esteban', 'Stefano'],
  ['Peter', 'Pete', 'Petey', 'Piotr', 'Pedro', 'Pierre', 'Pietro'],
  ['David', 'Dave', 'Davey', 'Davy', 'Dai', 'Dawid', 'Dawit', 'Davide'],
  ['Kenneth', 'Ken', 'Kenny', 'Kennie'],
  ['Ronald', 'Ron', 'Ronnie', 'Ronny'],
  ['Nathaniel', 'Nathan', 'Nate', 'Nat', 'Natty'],
  ['Joshua', 'Josh', 'Joshy'],
  ['Frederick', 'Fred', 'Freddie', 'Freddy', 'Fritz', 'Frederic', 'Fredrick'],
  ['Henry', 'Harry', 'Hal', 'Hank', 'Henri', 'Enrique', 'Henryk'],
  ['Charles', 'Charlie', 'Chas', 'Chuck', 'Chaz', 'Carl', 'Karl', 'Carlos', 'Carlo'],
  ['Alexander', 'Alex', 'Alec', 'Alek', 'Sandy', 'Xander', 'Lex', 'Aleksander', 'Alejandro', 'Alessandro', 'Oleksandr', 'Aleksandr', 'Sasha', 'Sacha', 'Ale'],
  ['Albert', 'Al', 'Alb', 'Bertie', 'Alberto'],
  ['Alfred', 'Alfie', 'Alf', 'Fred'],
  ['Archibald', 'Archie', 'Archy', 'Baldie'],
  ['Arthur', 'Art', 'Artie', 'Arturo'],
  ['Theodore', 'Theo', 'Ted', 'Teddie', 'Teodor'],
  ['Leonard', 'Leo', 'Len', 'Lenny', 'Leon', 'Leonardo'],
  ['Maximilian', 'Max', 'Maxi', 'Maxim', 'Maksym', 'Maximillian'],
  ['Oliver', 'Olly', 'Ollie', 'Oli', 'Noll'],
  ['George', 'Georgie', 'Geordie', 'Jorge', 'Giorgio', 'Jerzy', 'Georgi'],
  ['Harold', 'Harry', 'Hal'],
  ['Francesca', 'Fran', 'Frankie', 'Franny', 'Franziska', 'Francine'],
  ['Francis', 'Frank', 'Frankie', 'Fran', 'Francisco', 'Paco', 'Francesco', 'Franciszek', 'Francois', 'Franco', 'Cesco'],
  ['Gerald', 'Gerry', 'Jerry', 'Ged'],
  ['Gregory', 'Greg', 'Gregg', 'Grzegorz'],
  ['Timothy', 'Tim', 'Timmy'],
  ['Patrick', 'Pat', 'Paddy', 'Patsy', 'Padraig'],
  ['Raymond', 'Ray', 'Raymundo'],
  ['Reginald', 'Reg', 'Reggie'],
  ['Stanley', 'Stan'],
  ['Terence', 'Terry', 'Terrence'],
  ['Vincent', 'Vince', 'Vinny', 'Vinnie'],
  ['Lawrence', 'Larry', 'Laurie', 'Laurence', 'Lawrie'],
  ['Walter', 'Walt', 'Wally'],
  ['Zachary', 'Zach', 'Zack', 'Zak', 'Zac'],
  ['Dominic', 'Dom', 'Dominik', 'Domenico'],
  ['Gabriel', 'Gabe', 'Gabriele'],
  ['Sebastian', 'Seb', 'Sebastien', 'Bastian', 'Sebastiano'],
  ['Jacob', 'Jake', 'Jakub', 'Kuba', 'Jakob', 'Giacomo'],
  ['Isaac', 'Ike', 'Izaak', 'Isaak'],
  ['Luke', 'Lukasz', 'Luca', 'Lucas', 'Luka', 'Lukas'],
  ['Mark', 'Marc', 'Marco', 'Marek', 'Marcus', 'Markus'],
  ['Paul', 'Pauly', 'Pawel', 'Paolo', 'Pablo'],
  ['Philip', 'Phil', 'Pip', 'Phillip', 'Filip'],
  ['Jeremy', 'Jerry', 'Jez'],
  ['Adrian', 'Ade'],
  ['Clifford', 'Cliff'],
  ['Douglas', 'Doug', 'Dougie'],
  ['Kieran', 'Kieron', 'Ciaran', 'Kiernan'],
  ['Declan', 'Dec'],
  ['Callum', 'Cal', 'Calum'],
  ['Finley', 'Finn', 'Finlay'],
  ['Malachi', 'Mal', 'Malachy'],
  ['Tyrone', 'Ty'],
  ['Tyrese', 'Tyreese', 'Tyrece', 'Ty'],
  ['Elijah', 'Eli', 'Lije'],
  ['Isaiah', 'Izzy'],
  ['Josiah', 'Josie'],
  ['Reuben', 'Ruben', 'Rube'],
  ['Jermaine', 'Jermain'],
  ['Dwayne', 'Duane', 'Dwain'],
  ['Delroy', 'Del'],
  ['Winston', 'Winnie'],
  ['Courtney', 'Court'],
  ['Emmanuel', 'Manny', 'Emman', 'Immanuel'],

  // English, women
  ['Elizabeth', 'Liz', 'Lizzie', 'Lizzy', 'Beth', 'Betty', 'Bette', 'Betsy', 'Eliza', 'Elsie', 'Libby', 'Lisa', 'Liza', 'Bess', 'Bessie', 'Elisabeth', 'Elspeth', 'Ella'],
  ['Katherine', 'Kate', 'Katie', 'Katy', 'Kathy', 'Kath', 'Kat', 'Kitty', 'Kay', 'Kathryn', 'Katharine', 'Kathleen', 'Katarzyna', 'Kasia', 'Caterina', 'Caitlin'],
  ['Catherine', 'Cath', 'Cathy', 'Cate', 'Kate', 'Katie', 'Cathryn'],
  ['Margaret', 'Maggie', 'Meg', 'Peggy', 'Madge', 'Marge', 'Margie', 'Greta', 'Rita', 'Margot', 'Malgorzata', 'Gosia', 'Mairead'],
  ['Rebecca', 'Becky', 'Becca', 'Bex', 'Rebekah'],
  ['Jennifer', 'Jen', 'Jenny', 'Jenn', 'Jennie'],
  ['Jessica', 'Jess', 'Jessie', 'Jessy'],
  ['Victoria', 'Vicky', 'Vicki', 'Vikki', 'Tori', 'Tory', 'Vic'],
  ['Samantha', 'Sam', 'Sammy', 'Sammi', 'Sami'],
  ['Abigail', 'Abi', 'Abby', 'Abbie', 'Gail', 'Abbey'],
  ['Olivia', 'Liv', 'Livvy', 'Livia', 'Oliwia'],
  ['Patricia', 'Pat', 'Patty', 'Patti', 'Trish', 'Tricia', 'Patsy'],
  ['Deborah', 'Debbie', 'Deb', 'Debra', 'Debby'],
  ['Susan', 'Sue', 'Susie', 'Suzie', 'Suzy', 'Susanne', 'Suzanne', 'Susanna'],
  ['Isabella', 'Bella', 'Izzy', 'Izzie', 'Isabel', 'Isobel', 'Isabelle', 'Issy', 'Belle'],
  ['Charlotte', 'Lottie', 'Lotte', 'Charlie', 'Charly', 'Carlotta'],
  ['Florence', 'Flo', 'Florrie', 'Flossie'],
  ['Matilda', 'Tilly', 'Tillie', 'Tilda', 'Maud', 'Mattie'],
  ['Harriet', 'Hattie', 'Hatty', 'Harri'],
  ['Nicola', 'Nicky', 'Nic', 'Nikki', 'Nicole', 'Niki'],
  ['Danielle', 'Dani', 'Danni', 'Dannie'],
  ['Jasmine', 'Jaz', 'Jas', 'Jazz', 'Jasmin', 'Yasmin', 'Yasmine'],
  ['Alexandra', 'Alex', 'Sasha', 'Lexi', 'Lexie', 'Alexa', 'Alix', 'Aleksandra', 'Ola', 'Sandra', 'Alessandra'],
  ['Amelia', 'Millie', 'Milly', 'Mia', 'Emilia'],
  ['Emily', 'Em', 'Emmy', 'Emilie'],
  ['Emma', 'Emmie', 'Em'],
  ['Eleanor', 'Ellie', 'Elle', 'Nell', 'Nellie', 'Elinor', 'Eleanore', 'Leonora', 'Nora'],
  ['Helen', 'Nell', 'Elena', 'Helena', 'Ellen'],
  ['Hannah', 'Han', 'Hanna', 'Anna', 'Hana'],
  ['Ann', 'Anne', 'Annie', 'Nancy', 'Nan', 'Anita'],
  ['Mary', 'Molly', 'Polly', 'Mae', 'May', 'Maria', 'Marie', 'Mari', 'Maryam', 'Miriam', 'Mariam'],
  ['Sarah', 'Sara', 'Sally', 'Sadie', 'Zara'],
  ['Dorothy', 'Dot', 'Dottie', 'Dolly', 'Dora'],
  ['Josephine', 'Jo', 'Josie', 'Jojo', 'Fifi'],
  ['Joanne', 'Jo', 'Joanna', 'Joann', 'Joan', 'Johanna'],
  ['Jacqueline', 'Jackie', 'Jacqui', 'Jacky'],
  ['Christine', 'Chris', 'Chrissie', 'Chrissy', 'Christina', 'Kristina', 'Krystyna', 'Tina'],
  ['Caroline', 'Carol', 'Carole', 'Carrie', 'Caz', 'Carolyn'],
  ['Gillian', 'Gill', 'Gilly', 'Jill'],
  ['Judith', 'Judy', 'Jude'],
  ['Louise', 'Lou', 'Louisa', 'Lulu'],
  ['Lucy', 'Lucie', 'Lucia', 'Luci'],
  ['Madeleine', 'Maddie', 'Maddy', 'Madeline', 'Madelyn'],
  ['Natalie', 'Nat', 'Nattie', 'Natalia', 'Natasha', 'Tasha'],
  ['Penelope', 'Penny', 'Pen'],
  ['Phoebe', 'Phebe'],
  ['Rosemary', 'Rosie', 'Rose', 'Ro'],
  ['Sophie', 'Sophia', 'Soph', 'Sofia', 'Zofia'],
  ['Stephanie', 'Steph', 'Stef', 'Stefanie'],
  ['Theresa', 'Tess', 'Tessa', 'Terri', 'Teresa', 'Tessie'],
  ['Valentina', 'Vale', 'Val', 'Tina'],
  ['Valerie', 'Val'],
  ['Veronica', 'Ronnie', 'Nikki'],
  ['Wendy', 'Wen'],
  ['Zoe', 'Zoey', 'Zowie'],
  ['Chloe', 'Clo', 'Cloe'],
  ['Renee', 'Rene'],
  ['Beverley', 'Bev', 'Beverly'],
  ['Yvonne', 'Vonnie', 'Evonne'],
  ['Paulette', 'Paula', 'Pauline'],
  ['Hyacinth', 'Cinth'],
  ['Monique', 'Mo'],
  ['Precious', 'Preshy'],
  ['Siobhan', 'Shiv', 'Shevaun', 'Chevonne'],
  ['Niamh', 'Neve', 'Nieve'],
  ['Aoife', 'Eva', 'Effie'],
  ['Kirsty', 'Kirstie', 'Kirsten', 'Kristen'],
  ['Tracey', 'Tracy', 'Trace'],
  ['Michelle', 'Shell', 'Shelley', 'Chelle', 'Michele'],
  ['Claire', 'Clare', 'Clara', 'Klara'],
  ['Gabriela', 'Gabi', 'Gabby', 'Gabriella', 'Gabrielle'],
  ['Agnieszka', 'Aga', 'Agnes', 'Agi'],
  ['Ebony', 'Ebbie'],

  // West African
  ['Oluwaseun', 'Seun', 'Shaun', 'Seunfunmi'],
  ['Oluwatobi', 'Tobi', 'Toby', 'Tobias'],
  ['Oluwafemi', 'Femi'],
  ['Oluwaseyi', 'Seyi'],
  ['Olumide', 'Mide'],
  ['Olusegun', 'Segun'],
  ['Damilola', 'Dami', 'Lola', 'Dammy'],
  ['Oluwadamilare', 'Dami', 'Damilare'],
  ['Adebayo', 'Bayo', 'Debayo'],
  ['Babatunde', 'Tunde'],
  ['Chukwuemeka', 'Emeka', 'Chuks'],
  ['Chukwudi', 'Chudi'],
  ['Chinedu', 'Nedu'],
  ['Obinna', 'Obi'],
  ['Oluwakemi', 'Kemi'],
  ['Temitope', 'Tope', 'Temi'],
  ['Funmilayo', 'Funmi', 'Funmbi'],
  ['Folasade', 'Sade', 'Fola', 'Shade'],
  ['Ayomide', 'Ayo'],
  ['Titilayo', 'Titi', 'Tity'],
  ['Oluwabukola', 'Bukola', 'Buky', 'Bukky'],
  ['Ngozi', 'Ngo'],
  ['Chiamaka', 'Amaka', 'Chi'],
  ['Adaeze', 'Ada'],
  ['Ifeoma', 'Ife'],
  ['Nnamdi', 'Nam'],
  ['Kwabena', 'Kobby', 'Kobina', 'Ekow'],
  ['Kwame', 'Kwamena'],
  ['Kofi', 'Koffi'],
  ['Kwaku', 'Kweku'],
  ['Kojo', 'Cudjoe'],
  ['Akosua', 'Akos'],
  ['Adwoa', 'Adjoa'],
  ['Mariama', 'Mariatu'],
  ['Aminata', 'Ami', 'Aminatta'],
  ['Fatmata', 'Fatu'],
  ['Isatou', 'Isatu', 'Satou'],

  // Arabic, Somali, South Asian
  ['Mohammed', 'Mohammad', 'Muhammad', 'Muhammed', 'Mohamed', 'Mohamad', 'Mohamud', 'Mahmoud', 'Mehmet', 'Mohd', 'Md', 'Mo', 'Moe', 'Hamoudi'],
  ['Abdullah', 'Abdul', 'Abdulla', 'Abdallah'],
  ['Abdullahi', 'Abdi', 'Abdul', 'Abdalla'],
  ['Abdirahman', 'Abdi Rahman', 'Abdi', 'Abdurrahman', 'Abdulrahman', 'Abdirahmaan'],
  ['Ahmed', 'Ahmad', 'Ahmet', 'Ahmd'],
  ['Ibrahim', 'Ebrahim', 'Ibby', 'Ibraheem', 'Ebrima', 'Brahim'],
  ['Hassan', 'Hasan', 'Hassaan'],
  ['Hussein', 'Husein', 'Hussain', 'Husain'],
  ['Ismail', 'Ismael', 'Ismaeel', 'Ishmael'],
  ['Omar', 'Umar', 'Omer'],
  ['Osman', 'Usman', 'Othman', 'Uthman'],
  ['Yusra', 'Yousra'],
  ['Aisha', 'Ayesha', 'Aishah', 'Aysha', 'Ayisha'],
  ['Fatima', 'Fatimah', 'Fatma', 'Fathima', 'Fatuma'],
  ['Khadija', 'Khadijah', 'Hadiza', 'Khadeeja'],
  ['Zainab', 'Zaynab', 'Zeinab', 'Zeynep'],
  ['Amina', 'Aminah', 'Ameena'],
  ['Asha', 'Aasha'],
  ['Hawa', 'Hauwa'],
  ['Fadumo', 'Faduma'],
  ['Mahad', 'Mahat'],
  ['Said', 'Saeed', 'Sayed', 'Sayid'],
  ['Ali', 'Aly'],
  ['Harpreet', 'Harps', 'Preet'],
  ['Gurpreet', 'Guri'],
  ['Manpreet', 'Mani'],
  ['Jaspreet', 'Jas', 'Jaz'],
  ['Rajesh', 'Raj'],
  ['Sanjay', 'Sanj'],
  ['Priyanka', 'Priya'],
  ['Nusrat', 'Nus'],
  ['Shahid', 'Shah'],

  // European
  ['Wojciech', 'Wojtek'],
  ['Ekaterina', 'Katya', 'Katia', 'Yekaterina'],
  ['Anastasia', 'Nastya', 'Stacey', 'Stacy', 'Ana'],
  ['Dmitri', 'Dima', 'Dmitry', 'Dmytro'],
  ['Vladimir', 'Vlad', 'Volodymyr', 'Volodya'],
  ['Yevgeny', 'Zhenya', 'Evgeny', 'Eugene', 'Evgeniy'],
  ['Giovanna', 'Gianna', 'Vanna'],
  ['Ignacio', 'Nacho'],
  ['Guillermo', 'Memo'],
  ['Manuel', 'Manolo', 'Manu'],
  ['Dolores', 'Lola'],
  ['Mercedes', 'Merche'],
  ['Concepcion', 'Concha', 'Conchita'],
];

const CANONICAL: ReadonlyMap<string, readonly string[]> = buildDictionary(GROUPS);

function buildDictionary(groups: readonly (readonly string[])[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  // A formal name stands for itself alone, even where another group lists it
  // as a familiar form (Ella, Anna, Sandra): whoever is called Sandra on one
  // record is rarely Alexandra on another.
  for (const [formal] of groups) {
    const key = normaliseName(formal);
    map.set(key, [key]);
  }
  const formal = new Set(map.keys());
  for (const [leader, ...variants] of groups) {
    const canonical = normaliseName(leader);
    for (const variant of variants) {
      const key = normaliseName(variant);
      if (!key || formal.has(key)) continue;
      const known = map.get(key);
      if (!known) map.set(key, [canonical]);
      else if (!known.includes(canonical)) known.push(canonical);
    }
  }
  return map;
}

/**
 * The formal names a normalised given name may stand for, most likely first
 * ("sam" → samuel, samantha), or undefined when the dictionary does not know it.
 */
export function canonicalGivenNames(normalised: string): readonly string[] | undefined {
  return CANONICAL.get(normalised);
}

/** How many spellings the dictionary knows (formal names and familiar forms). */
export const NICKNAME_DICTIONARY_SIZE = CANONICAL.size;
