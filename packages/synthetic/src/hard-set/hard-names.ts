/**
 * Name lists for the hard evaluation set, written for it alone so that the
 * set shares nothing with the population the stack seeds with (nor with the
 * linkage package's own nickname dictionary, which the hard set's short forms
 * only partly overlap, as a real agency's would).
 *
 * Each list is ordered most common first: `pickSkewed` draws the head far
 * more often, so a few names (Smith, Patel, Begum, Khan, Ali, Mohammed) are
 * shared by thousands of people, as they are in south London.
 */

/** The very common family names that cluster in a few postcode sectors. */
export const COMMON_FAMILY = ['Smith', 'Patel', 'Begum', 'Khan', 'Ali', 'Mohammed', 'Ahmed', 'Hussain', 'Jones', 'Williams'] as const;

/** Given names that go with them, most common first. */
export const COMMON_GIVEN = {
  F: ['Fatima', 'Sarah', 'Ayesha', 'Amina', 'Maryam', 'Sophie', 'Emma', 'Nadia', 'Hannah', 'Jessica'],
  M: ['Mohammed', 'Muhammad', 'Ali', 'Ahmed', 'John', 'David', 'James', 'Adam', 'Daniel', 'Michael'],
} as const;

export const FAMILY = [
  'Smith', 'Jones', 'Williams', 'Brown', 'Taylor', 'Patel', 'Khan', 'Begum', 'Ali', 'Ahmed', 'Davies', 'Evans', 'Wilson',
  'Thomas', 'Johnson', 'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall',
  'Lewis', 'Harris', 'Clarke', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark',
  'Okafor', 'Mensah', 'Adeyemi', 'Boateng', 'Osei', 'Nwosu', 'Kowalski', 'Nowak', 'Silva', 'Santos', 'Costa', 'Murphy',
  'Kelly', 'O\'Brien', 'O\'Sullivan', 'Doherty', 'Gallagher', 'Campbell', 'Stewart', 'Anderson', 'MacDonald', 'Reid',
  'Hussain', 'Rahman', 'Uddin', 'Miah', 'Islam', 'Chowdhury', 'Shah', 'Sharma', 'Singh', 'Kaur', 'Gill', 'Mistry',
  'Mahmood', 'Akhtar', 'Iqbal', 'Malik', 'Yilmaz', 'Demir', 'Kaya', 'Ozturk', 'Nguyen', 'Tran', 'Le', 'Pham', 'Wang',
  'Li', 'Zhang', 'Chen', 'Liu', 'Adebayo', 'Okonkwo', 'Eze', 'Obi', 'Asante', 'Owusu', 'Appiah', 'Kamara', 'Sesay',
  'Bangura', 'Conteh', 'Diallo', 'Barry', 'Mohamud', 'Abdi', 'Hassan', 'Warsame', 'Farah', 'Ibrahim', 'Yusuf', 'Omar',
  'Fernandes', 'Pereira', 'Oliveira', 'Rodrigues', 'Gonzalez', 'Garcia', 'Lopez', 'Martinez', 'Rossi', 'Russo', 'Bianchi',
  'Wisniewska', 'Wojcik', 'Kaminski', 'Lewandowska', 'Zielinski', 'Szymanski', 'Popescu', 'Ionescu', 'Petrov', 'Ivanova',
  'Baker', 'Bell', 'Bennett', 'Carter', 'Chapman', 'Collins', 'Cox', 'Dixon', 'Ellis', 'Fisher', 'Fox', 'Graham', 'Gray',
  'Harrison', 'Holmes', 'Hunt', 'James', 'Kennedy', 'King', 'Knight', 'Lee', 'Marshall', 'Mason', 'Mills', 'Mitchell',
  'Morgan', 'Murray', 'Owen', 'Palmer', 'Parker', 'Pearson', 'Phillips', 'Price', 'Richards', 'Richardson', 'Rogers',
  'Russell', 'Saunders', 'Scott', 'Shaw', 'Simpson', 'Spencer', 'Stevens', 'Watson', 'Webb', 'Wells', 'West', 'Young',
  'Achterberg', 'Blackwood', 'Cunningham-Reid', 'Featherstone', 'Gbadamosi', 'Hollingsworth', 'Ifeanyichukwu', 'Jablonski',
  'Kaczmarek', 'Lindqvist', 'Matthiessen', 'Nakamura', 'Oyelaran', 'Papadopoulos', 'Quartey', 'Rasmussen', 'Szczepanski',
  'Thorogood', 'Umeadi', 'Vasquez', 'Whitfield', 'Xavier', 'Yeboah', 'Zamora', 'Abernethy', 'Brathwaite', 'Castellanos',
  'Dimitrova', 'Eriksen', 'Fitzpatrick', 'Giordano', 'Haddad', 'Ikeda', 'Jovanovic', 'Kuznetsov', 'Lambert', 'Mbeki',
  'Nyambura', 'Onyango', 'Pietersen', 'Quinlan', 'Ramirez', 'Sokolova', 'Takahashi', 'Urquhart', 'Villeneuve', 'Wakefield',
];

/**
 * Given names with their other forms: the first is the formal name, the rest
 * what people are also called. "Both directions": someone registered as Alex
 * may be Alexander at the GP, and someone registered as Robert may be Bob to
 * the police.
 */
export const GIVEN: Record<'F' | 'M', readonly (readonly string[])[]> = {
  F: [
    ['Olivia', 'Liv', 'Livvy'], ['Amelia', 'Millie', 'Amy'], ['Isla'], ['Ava'], ['Emily', 'Em', 'Emmy'], ['Sophia', 'Sophie'],
    ['Grace', 'Gracie'], ['Mia'], ['Poppy'], ['Elizabeth', 'Liz', 'Beth', 'Lizzie', 'Betty'], ['Margaret', 'Maggie', 'Peggy', 'Meg'],
    ['Katherine', 'Kate', 'Katie', 'Kathy', 'Kat'], ['Rebecca', 'Becky', 'Becca'], ['Victoria', 'Vicky', 'Tori'], ['Jennifer', 'Jen', 'Jenny'],
    ['Alexandra', 'Alex', 'Lexi', 'Sandra'], ['Samantha', 'Sam', 'Sammy'], ['Charlotte', 'Lottie', 'Charlie'], ['Abigail', 'Abbie', 'Abby'],
    ['Fatima', 'Fati'], ['Ayesha', 'Aisha'], ['Maryam', 'Mariam'], ['Zainab', 'Zee'], ['Amina'], ['Khadija'], ['Nusrat'], ['Shamima'],
    ['Priya'], ['Anjali'], ['Sunita'], ['Chiamaka', 'Chi', 'Amaka'], ['Oluwaseun', 'Seun'], ['Adwoa'], ['Abena'], ['Ngozi'],
    ['Agnieszka', 'Aga'], ['Małgorzata', 'Gosia'], ['Zoë', 'Zoe'], ['Chloé', 'Chloe'], ['Siobhán', 'Shiv'], ['Niamh'], ['Aoife'],
    ['Deborah', 'Debbie', 'Deb'], ['Patricia', 'Pat', 'Trish', 'Patsy'], ['Susan', 'Sue', 'Susie'], ['Christine', 'Chris', 'Tina'],
    ['Josephine', 'Jo', 'Josie'], ['Eleanor', 'Ellie', 'Nell'], ['Florence', 'Flo', 'Florrie'], ['Theodora', 'Thea', 'Dora'],
  ],
  M: [
    ['Oliver', 'Ollie', 'Olly'], ['George'], ['Noah'], ['Arthur', 'Art'], ['Harry', 'Haz'], ['Leo'], ['Muhammad', 'Mo'], ['Jack'],
    ['William', 'Bill', 'Will', 'Billy', 'Liam'], ['Robert', 'Bob', 'Rob', 'Robbie', 'Bobby'], ['Richard', 'Rick', 'Dick', 'Richie'],
    ['James', 'Jim', 'Jimmy', 'Jamie'], ['Thomas', 'Tom', 'Tommy'], ['Michael', 'Mike', 'Mick', 'Mikey'], ['Christopher', 'Chris', 'Kit'],
    ['Alexander', 'Alex', 'Sandy', 'Xander'], ['Benjamin', 'Ben', 'Benji'], ['Daniel', 'Dan', 'Danny'], ['Joseph', 'Joe', 'Joey'],
    ['Matthew', 'Matt', 'Matty'], ['Anthony', 'Tony', 'Ant'], ['Edward', 'Ed', 'Eddie', 'Ted', 'Ned'], ['Nicholas', 'Nick', 'Nicky'],
    ['Mohammed', 'Mohammad', 'Mohamed', 'Mo'], ['Ahmed', 'Ahmad'], ['Ali'], ['Ibrahim'], ['Yusuf', 'Yousef'], ['Abdullah', 'Abdul'],
    ['Kwame'], ['Kofi'], ['Chukwuemeka', 'Emeka'], ['Oluwadamilare', 'Dami', 'Dare'], ['Tomasz', 'Tomek'], ['Krzysztof', 'Krzys'],
    ['Łukasz', 'Lukasz'], ['Seán', 'Sean'], ['Declan', 'Dec'], ['Ciarán', 'Ciaran'], ['Rajesh', 'Raj'], ['Sanjay', 'Sanj'],
    ['Terence', 'Terry', 'Tel'], ['Frederick', 'Fred', 'Freddie'], ['Lawrence', 'Larry', 'Laurie'], ['Theodore', 'Theo', 'Ted'],
    ['Gareth', 'Gaz'], ['Darren', 'Daz'], ['Kenneth', 'Ken', 'Kenny'], ['Timothy', 'Tim', 'Timmy'],
  ],
};
