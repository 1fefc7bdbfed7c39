/**
 * Names as south London has them. Households draw from one heritage group so
 * that families look like families, and a share of given names cross groups,
 * as they do in a city where a Kwame's daughter may be called Olivia. Lists
 * run roughly most to least common: they are drawn with a skew.
 */
import type { Sex } from './agency-records.js';

export interface NameGroup {
  /** Heritage, for reading the data: no record carries it. */
  key: string;
  /** Share of households. */
  weight: number;
  family: readonly string[];
  female: readonly string[];
  male: readonly string[];
}

export const NAME_GROUPS: readonly NameGroup[] = [
  {
    key: 'british and irish',
    weight: 0.36,
    family: [
      'Smith', 'Jones', 'Williams', 'Brown', 'Taylor', 'Davies', 'Wilson', 'Evans', 'Thomas', 'Johnson',
      'Roberts', 'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall',
      'Wood', 'Harris', 'Lewis', 'Martin', 'Jackson', 'Clarke', 'Turner', 'Hill', 'Scott', 'Cooper',
      'Morris', 'Ward', 'Moore', 'King', 'Watson', 'Baker', 'Harrison', 'Morgan', 'Young', 'Allen',
      'Mitchell', 'James', 'Anderson', 'Phillips', 'Bell', 'Parker', 'Bennett', 'Griffiths', 'Kelly', 'Cook',
      'Price', 'Carter', 'Shaw', 'Richardson', 'Murphy', "O'Connor", "O'Brien", "O'Sullivan", 'McCarthy', 'Doyle',
      'Byrne', 'Ryan', 'Walsh', 'MacDonald', 'McKenzie', 'Fraser', 'Stewart', 'Reid', 'Ellis', 'Marshall',
      'Fletcher', 'Barnes', 'Palmer', 'Holmes', 'Webb', 'Gray', 'Stevens', 'Lloyd', 'Rees', 'Chapman',
      'Knight', 'Harvey', 'Hunt', 'Mason', 'Foster', 'Powell', 'Burton', 'Russell', 'Hart', 'Bailey',
      "O'Neill", "O'Donnell", 'Fitzgerald', 'McLaughlin', 'Gallagher', 'Lloyd-Jones', 'Taylor-Smith', 'Wynne-Jones',
      'Parry-Williams', 'Hamilton-Smith', 'Vaughan Williams', 'Bonham Carter', 'Ashby-Hart', 'Spencer-Jones',
    ],
    female: [
      'Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Sophie', 'Grace', 'Lily', 'Freya', 'Ella',
      'Charlotte', 'Poppy', 'Isabella', 'Evie', 'Jessica', 'Ruby', 'Chloe', 'Elizabeth', 'Victoria', 'Rebecca',
      'Sarah', 'Emma', 'Hannah', 'Lucy', 'Katherine', 'Catherine', 'Margaret', 'Susan', 'Patricia', 'Deborah',
      'Jennifer', 'Samantha', 'Abigail', 'Rachel', 'Laura', 'Megan', 'Holly', 'Amy', 'Zoë', 'Niamh',
      'Siobhan', 'Aoife', 'Kirsty', 'Joan', 'Maureen', 'Sheila', 'Pauline', 'Carol', 'Linda', 'Karen',
      'Tracey', 'Michelle', 'Nicola', 'Claire', 'Joanne', 'Helen', 'Alice', 'Florence', 'Matilda', 'Rosie',
      'Daisy', 'Phoebe', 'Harriet', 'Alexandra',
    ],
    male: [
      'Oliver', 'George', 'Harry', 'Jack', 'Charlie', 'Noah', 'Leo', 'Arthur', 'Oscar', 'Alfie',
      'Thomas', 'William', 'James', 'Henry', 'Freddie', 'Archie', 'Joshua', 'Samuel', 'Daniel', 'Benjamin',
      'Alexander', 'Joseph', 'Matthew', 'Michael', 'Christopher', 'Robert', 'Richard', 'David', 'John', 'Peter',
      'Paul', 'Andrew', 'Mark', 'Stephen', 'Anthony', 'Edward', 'Nicholas', 'Jonathan', 'Liam', 'Connor',
      'Callum', 'Kieran', 'Declan', 'Sean', 'Patrick', 'Ciarán', 'Rory', 'Finley', 'Reggie', 'Theo',
      'Albert', 'Stanley', 'Ronald', 'Kenneth', 'Brian', 'Keith', 'Gary', 'Wayne', 'Darren', 'Craig',
      'Jamie', 'Ryan', 'Luke', 'Nathan', 'Adam', 'Jacob', 'Max',
    ],
  },
  {
    key: 'caribbean',
    weight: 0.09,
    family: [
      'Campbell', 'Brown', 'Williams', 'Clarke', 'Francis', 'Henry', 'Grant', 'Bailey', 'Richards', 'Samuels',
      'Thompson', 'Gayle', 'McKenzie', 'Reid', 'Morgan', 'Powell', 'Forbes', 'Blake', 'Walters', 'Spencer',
      'Bennett', 'Johnson', 'Daley', 'Dixon', 'Morrison', 'Bryan', 'Simpson', 'Chambers', 'Gordon', 'Nelson',
      'Hinds', 'Joseph', 'Christie', 'Hylton', 'Beckford', 'Wint', 'St Hilaire', 'Fairweather-Brown',
    ],
    female: [
      'Shanice', 'Keisha', 'Tanisha', 'Jasmine', 'Aaliyah', 'Precious', 'Chantelle', 'Simone', 'Danielle', 'Marcia',
      'Beverley', 'Yvonne', 'Paulette', 'Janet', 'Sonia', 'Hyacinth', 'Monique', 'Tia', 'Kayla', 'Imani',
      'Destiny', 'Nia', 'Amara', 'Renée',
    ],
    male: [
      'Tyrone', 'Jermaine', 'Dwayne', 'André', 'Marcus', 'Leon', 'Delroy', 'Winston', 'Clive', 'Errol',
      'Devon', 'Kyle', 'Tyrese', 'Jaden', 'Kai', 'Malachi', 'Elijah', 'Isaiah', 'Josiah', 'Reuben',
      'Nathaniel', 'Darnell', 'Courtney', 'Curtis',
    ],
  },
  {
    key: 'west african',
    weight: 0.13,
    family: [
      'Adeyemi', 'Okafor', 'Okonkwo', 'Adebayo', 'Oluwole', 'Owusu', 'Mensah', 'Boateng', 'Asante', 'Osei',
      'Appiah', 'Adjei', 'Ogunleye', 'Olaniyan', 'Akinola', 'Balogun', 'Eze', 'Nwosu', 'Obi', 'Okoro',
      'Adewale', 'Oyelaran', 'Bakare', 'Ibrahim', 'Danso', 'Acheampong', 'Kamara', 'Sesay', 'Koroma', 'Bangura',
      'Conteh', 'Jalloh', 'Diallo', "N'Diaye", 'Coker', 'Adekunle', 'Ogundipe', 'Oladipo', 'Afolabi', 'Ekwueme',
      'Chukwu', 'Agyeman', 'Amoah', 'Opoku', 'Abiola', 'Okafor-Williams', 'Mensah-Bonsu', 'Oduya',
    ],
    female: [
      'Adaeze', 'Chiamaka', 'Ngozi', 'Folake', 'Funmilayo', 'Yetunde', 'Adwoa', 'Akosua', 'Ama', 'Efua',
      'Abena', 'Esi', 'Temitope', 'Blessing', 'Precious', 'Favour', 'Grace', 'Joy', 'Mercy', 'Comfort',
      'Zainab', 'Fatmata', 'Mariama', 'Aminata', 'Isatou', 'Nneka', 'Chioma', 'Ifeoma', 'Titilayo', 'Bukola',
      'Damilola', 'Ayomide', 'Folasade', 'Adunni', 'Oluwaseun', 'Oluwatobi',
    ],
    male: [
      'Oluwaseun', 'Oluwatobi', 'Adebayo', 'Olumide', 'Chukwuemeka', 'Oluwafemi', 'Babatunde', 'Kwame', 'Kofi', 'Kwaku',
      'Yaw', 'Kojo', 'Kwabena', 'Emmanuel', 'Samuel', 'Daniel', 'David', 'Michael', 'Joseph', 'Ibrahim',
      'Abdul', 'Mohamed', 'Chinedu', 'Obinna', 'Ikenna', 'Tunde', 'Segun', 'Tobenna', 'Ayodele', 'Olusegun',
      'Ebuka', 'Nnamdi', 'Kelechi', 'Adewale', 'Musa',
    ],
  },
  {
    key: 'east african',
    weight: 0.03,
    family: [
      'Mohamed', 'Ali', 'Hassan', 'Abdi', 'Ahmed', 'Farah', 'Warsame', 'Osman', 'Omar', 'Yusuf',
      'Hussein', 'Jama', 'Abdullahi', 'Aden', 'Nur', 'Mohamud', 'Haile', 'Tesfaye', 'Bekele', 'Girma',
      'Odhiambo', 'Otieno', 'Mwangi', 'Kamau', 'Njoroge',
    ],
    female: [
      'Hodan', 'Ayan', 'Fadumo', 'Hibo', 'Sagal', 'Amina', 'Fartun', 'Ikran', 'Deeqa', 'Hawa',
      'Asha', 'Nasra', 'Hana', 'Selam', 'Meron', 'Wanjiru',
    ],
    male: [
      'Abdirahman', 'Abdullahi', 'Mohamed', 'Ahmed', 'Hassan', 'Yusuf', 'Omar', 'Ismail', 'Said', 'Liban',
      'Mahad', 'Guled', 'Dawit', 'Yonas', 'Kibet', 'Mohammed',
    ],
  },
  {
    key: 'south asian',
    weight: 0.08,
    family: [
      'Patel', 'Shah', 'Khan', 'Ahmed', 'Hussain', 'Begum', 'Rahman', 'Islam', 'Miah', 'Uddin',
      'Ali', 'Chowdhury', 'Singh', 'Kaur', 'Sharma', 'Gupta', 'Kumar', 'Mistry', 'Desai', 'Mehta',
      'Iqbal', 'Malik', 'Qureshi', 'Butt', 'Akhtar', 'Siddiqui', 'Nair', 'Pillai', 'Menon', 'Iyer',
      'Rao', 'Reddy', 'Fernando', 'Perera', "D'Souza", "D'Costa", 'Sivakumar', 'Srinivasan', 'Kandiah', 'Sen Gupta',
    ],
    female: [
      'Priya', 'Anjali', 'Aisha', 'Fatima', 'Ayesha', 'Sana', 'Nadia', 'Zara', 'Amira', 'Maryam',
      'Khadija', 'Noor', 'Rukhsana', 'Shabana', 'Nasreen', 'Farzana', 'Sunita', 'Anita', 'Deepa', 'Kavita',
      'Pooja', 'Neha', 'Divya', 'Simran', 'Harpreet', 'Jaspreet', 'Manpreet', 'Lakshmi', 'Meera', 'Anaya',
      'Inaya', 'Hafsa', 'Sumaiya', 'Tasnim',
    ],
    male: [
      'Mohammed', 'Muhammad', 'Mohammad', 'Ahmed', 'Ali', 'Hassan', 'Imran', 'Bilal', 'Usman', 'Zain',
      'Hamza', 'Ibrahim', 'Yusuf', 'Rayyan', 'Arjun', 'Rohan', 'Vikram', 'Rahul', 'Aarav', 'Dev',
      'Ravi', 'Sanjay', 'Harjit', 'Gurpreet', 'Jaswinder', 'Amrit', 'Karan', 'Nikhil', 'Farhan', 'Shahid',
      'Tariq', 'Abdul', 'Rizwan', 'Kabir', 'Ishaan', 'Aryan', 'Abdullah',
    ],
  },
  {
    key: 'portuguese, spanish and latin american',
    weight: 0.08,
    family: [
      'da Silva', 'Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Gonçalves',
      'Sousa', 'Fernandes', 'Alves', 'Gomes', 'Lopes', 'Marques', 'Ribeiro', 'Carvalho', 'Pinto', 'Teixeira',
      'García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Díaz',
      'Hernández', 'Muñoz', 'Jiménez', 'Ramírez', 'Torres', 'Vargas', 'Castro', 'Rojas', 'Moreno', 'Álvarez',
      'Romero', 'Gutiérrez', 'Mendoza', 'de Sousa', 'dos Santos', 'Pereira da Costa', 'García-López', 'Sánchez Ruiz',
    ],
    female: [
      'María', 'Ana', 'Inês', 'Inés', 'Beatriz', 'Mariana', 'Sofía', 'Lucía', 'Valentina', 'Camila',
      'Isabel', 'Carolina', 'Catarina', 'Joana', 'Rita', 'Leonor', 'Daniela', 'Gabriela', 'Fernanda', 'Paula',
      'Luísa', 'Mónica', 'Andrea', 'Natália', 'Raquel', 'Marta',
    ],
    male: [
      'José', 'João', 'António', 'Pedro', 'Tiago', 'Rui', 'Miguel', 'Diogo', 'Gonçalo', 'Rafael',
      'Luís', 'Carlos', 'Juan', 'Andrés', 'Sebastián', 'Mateo', 'Santiago', 'Alejandro', 'Diego', 'Javier',
      'Jorge', 'Manuel', 'Francisco', 'Nicolás', 'Martín', 'Gabriel', 'Rodrigo', 'Bruno', 'Hugo',
    ],
  },
  {
    key: 'eastern european',
    weight: 0.06,
    family: [
      'Nowak', 'Kowalski', 'Kowalska', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak',
      'Dąbrowski', 'Kozłowski', 'Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stan', 'Petrov', 'Ivanova', 'Horváth',
      'Novák', 'Kazlauskas', 'Jankauskas', 'Bērziņš', 'Ozols', 'Kovalenko', 'Shevchenko', 'Bondarenko',
    ],
    female: [
      'Anna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Aleksandra', 'Zuzanna', 'Natalia', 'Julia', 'Maja',
      'Oliwia', 'Ioana', 'Elena', 'Andreea', 'Alina', 'Irina', 'Olena', 'Daria', 'Milena', 'Kristina',
    ],
    male: [
      'Piotr', 'Tomasz', 'Krzysztof', 'Paweł', 'Łukasz', 'Michał', 'Jakub', 'Kacper', 'Mateusz', 'Andrei',
      'Alexandru', 'Mihai', 'Bogdan', 'Vasile', 'Dmytro', 'Oleksandr', 'Marek', 'Jan', 'Tomas',
    ],
  },
  {
    key: 'east and south-east asian',
    weight: 0.03,
    family: [
      'Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Huang', 'Wong', 'Chan', 'Lam', 'Ng',
      'Cheung', 'Nguyen', 'Tran', 'Le', 'Pham', 'Kim', 'Park', 'Lee', 'Tanaka', 'Sato',
    ],
    female: ['Mei', 'Xin', 'Yan', 'Ling', 'Hui', 'Lan', 'Mai', 'Linh', 'Ji-woo', 'Yuki', 'Hana', 'Thảo'],
    male: ['Wei', 'Jun', 'Hao', 'Ming', 'Jian', 'Long', 'Minh', 'Duc', 'Tuan', 'Min-jun', 'Hiroshi', 'Kenji'],
  },
  {
    key: 'turkish, kurdish and middle eastern',
    weight: 0.04,
    family: [
      'Yılmaz', 'Yıldız', 'Demir', 'Şahin', 'Kaya', 'Çelik', 'Öztürk', 'Aydın', 'Arslan', 'Doğan',
      'Karimi', 'Hosseini', 'Ahmadi', 'Rezaei', 'Haddad', 'Khalil', 'Nassar', 'Saleh', 'Mansour', 'Aziz',
    ],
    female: ['Elif', 'Zeynep', 'Ayşe', 'Emine', 'Fatma', 'Leyla', 'Shirin', 'Yasmin', 'Layla', 'Mariam', 'Rania', 'Dina'],
    male: ['Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Can', 'Deniz', 'Kerem', 'Reza', 'Omid', 'Karim', 'Omar', 'Youssef', 'Sami'],
  },
  {
    key: 'western and southern european',
    weight: 0.03,
    family: [
      'Dubois', 'Bernard', 'Moreau', 'Lefèvre', 'Laurent', 'Girard', 'Rousseau', 'Müller', 'Schmidt', 'Rossi',
      'Russo', 'Bianchi', 'Romano', 'Esposito', 'De Luca', 'Janssen', 'de Vries', 'Papadopoulos', 'Georgiou', 'Nikolaou',
    ],
    female: [
      'Chloé', 'Léa', 'Manon', 'Camille', 'Anaïs', 'Noémie', 'Élodie', 'Zoë', 'Giulia', 'Francesca',
      'Chiara', 'Sophia', 'Eleni', 'Hélène', 'Margaux',
    ],
    male: ['Jérôme', 'Louis', 'Hugo', 'Théo', 'Étienne', 'Lucas', 'Mathis', 'Giuseppe', 'Marco', 'Luca', 'Matteo', 'Nikos', 'Stéphane', 'François'],
  },
];

/** Given names for a sex within a heritage group. */
export function givenNamesOf(group: NameGroup, sex: Sex): readonly string[] {
  return sex === 'F' ? group.female : group.male;
}

/** Whether a family name has two parts, joined by a hyphen or a space ("Bonham Carter"). */
export function isDoubleFamilyName(name: string): boolean {
  return /[- ]/.test(name) && !/^(da|de|dos|van|von|st|sen) /i.test(name);
}
