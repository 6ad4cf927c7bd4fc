/**
 * Name lists for the organisation generator: first names and surnames grouped by community, so that a
 * generated person's first name and surname usually come from the same tradition, with weights that
 * give a varied, modern British local-government workforce. Plain data, no I/O.
 */

export interface NameCommunity {
  readonly weight: number;
  readonly first: readonly string[];
  readonly last: readonly string[];
}

export const NAME_COMMUNITIES: readonly NameCommunity[] = [
  {
    // English / general British
    weight: 56,
    first: [
      'Oliver', 'George', 'Harry', 'Jack', 'Charlie', 'Thomas', 'James', 'William', 'Daniel', 'Samuel',
      'Joseph', 'Matthew', 'Benjamin', 'Luke', 'Adam', 'Christopher', 'Andrew', 'David', 'Paul', 'Mark',
      'Richard', 'Stephen', 'Simon', 'Peter', 'Michael', 'Robert', 'John', 'Gary', 'Neil', 'Ian',
      'Jonathan', 'Nicholas', 'Tom', 'Ben', 'Alex', 'Sam', 'Nathan', 'Ryan', 'Craig', 'Martin',
      'Amelia', 'Olivia', 'Emily', 'Isla', 'Ava', 'Jessica', 'Sophie', 'Lucy', 'Charlotte', 'Hannah',
      'Rebecca', 'Laura', 'Sarah', 'Emma', 'Rachel', 'Claire', 'Helen', 'Karen', 'Julie', 'Susan',
      'Joanne', 'Nicola', 'Lisa', 'Amanda', 'Gemma', 'Katie', 'Jennifer', 'Elizabeth', 'Victoria',
      'Catherine', 'Louise', 'Samantha', 'Natalie', 'Alison', 'Deborah', 'Jane', 'Margaret', 'Zoë',
      'Abigail', 'Eleanor', 'Harriet', 'Philippa', 'Joanna', 'Kate',
    ],
    last: [
      'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson',
      'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall',
      'Lewis', 'Harris', 'Clarke', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward',
      'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'James',
      'Scott', 'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Mitchell', 'Cook',
      'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Miller', 'Cox', 'Richards', 'Marshall',
      'Simpson', 'Ellis', 'Adams', 'Wilkinson', 'Foster', 'Chapman', 'Dixon', 'Webb', 'Rogers', 'Gray',
      'Mason', 'Hunt', 'Holmes', 'Palmer', 'Barker', 'Butler', 'Stevens', 'Fletcher', 'Atkinson',
      'Pearson', 'Gibson', 'Hardy', 'Barnes', 'Knight', 'Lawrence', 'Fox', 'Dawson', 'Ashworth', 'Brooks',
      'Hewitt', 'Fairclough', 'Sutcliffe', 'Hughes-Davies', 'Whitworth', 'Ingram', 'Pickering',
    ],
  },
  {
    // Welsh
    weight: 4,
    first: ['Rhys', 'Dafydd', 'Gareth', 'Owain', 'Huw', 'Ieuan', 'Cerys', 'Siân', 'Ffion', 'Bethan', 'Carys', 'Megan', 'Rhiannon', 'Gethin'],
    last: ['Llewellyn', 'Pritchard', 'Powell', 'Jenkins', 'Vaughan', 'Rees', 'Howells', 'Pugh', 'Bowen', 'Griffiths', 'Prosser', 'Morgan'],
  },
  {
    // Scottish
    weight: 4,
    first: ['Callum', 'Fraser', 'Euan', 'Alasdair', 'Ross', 'Iain', 'Hamish', 'Kirsty', 'Morag', 'Eilidh', 'Fiona', 'Iona', 'Catriona', 'Ailsa'],
    last: ['MacDonald', 'Campbell', 'Stewart', 'Robertson', 'Murray', 'Fraser', 'Reid', 'Henderson', 'Ferguson', 'McKenzie', 'Grant', 'Sinclair'],
  },
  {
    // Irish
    weight: 5,
    first: ['Ciarán', 'Sean', 'Declan', 'Niall', 'Conor', 'Padraig', 'Eoin', 'Siobhan', 'Aoife', 'Niamh', 'Roisin', 'Orla', 'Bridget', 'Mairead'],
    last: ["O'Brien", "O'Connor", 'Murphy', 'Kelly', 'Byrne', 'Doherty', 'Gallagher', 'Quinn', 'McCarthy', 'Fitzgerald', 'Brennan', "O'Sullivan"],
  },
  {
    // South Asian (Indian, Pakistani, Bangladeshi, Sikh heritage)
    weight: 13,
    first: [
      'Priya', 'Anjali', 'Sunita', 'Aisha', 'Fatima', 'Ayesha', 'Nadia', 'Sana', 'Zainab', 'Amrit', 'Harpreet',
      'Simran', 'Meera', 'Neha', 'Shabana', 'Rukhsana', 'Raj', 'Sanjay', 'Vikram', 'Arjun', 'Rohan', 'Amir',
      'Imran', 'Mohammed', 'Hassan', 'Bilal', 'Tariq', 'Kamran', 'Jaspreet', 'Gurpreet', 'Dev', 'Nikhil',
      'Farhan', 'Asif', 'Ravi', 'Anil', 'Sabrina', 'Yasmin',
    ],
    last: [
      'Patel', 'Khan', 'Singh', 'Ahmed', 'Hussain', 'Begum', 'Ali', 'Shah', 'Akhtar', 'Iqbal', 'Mahmood',
      'Chaudhry', 'Sharma', 'Gupta', 'Kaur', 'Mistry', 'Parmar', 'Bhatti', 'Rahman', 'Chowdhury', 'Uddin',
      'Malik', 'Sandhu', 'Gill', 'Dhillon', 'Kumar', 'Joshi', 'Desai', 'Islam', 'Miah',
    ],
  },
  {
    // Black British, Caribbean and African heritage
    weight: 8,
    first: [
      'Marcus', 'Jerome', 'Tyrone', 'Dwayne', 'Kwame', 'Kofi', 'Chidi', 'Emeka', 'Tunde', 'Femi', 'Joel',
      'Andre', 'Chiamaka', 'Ngozi', 'Adaeze', 'Abena', 'Ama', 'Aaliyah', 'Chantelle', 'Shanice', 'Grace',
      'Blessing', 'Precious', 'Esther', 'Folake', 'Yetunde',
    ],
    last: [
      'Okafor', 'Adeyemi', 'Mensah', 'Owusu', 'Boateng', 'Campbell', 'Williams', 'Francis', 'Grant',
      'Clarke', 'Okonkwo', 'Adebayo', 'Asante', 'Osei', 'Henry', 'Bailey', 'Nwosu', 'Eze', 'Afolabi',
      'Bryan', 'Forbes', 'Ogunleye',
    ],
  },
  {
    // Polish and other Eastern European
    weight: 4,
    first: ['Piotr', 'Tomasz', 'Krzysztof', 'Marek', 'Andrei', 'Agnieszka', 'Katarzyna', 'Magdalena', 'Anna', 'Ewa', 'Marta', 'Elena', 'Ioana'],
    last: ['Kowalski', 'Nowak', 'Wiśniewska', 'Lewandowski', 'Wójcik', 'Kamińska', 'Zielinski', 'Popescu', 'Ionescu', 'Novak', 'Horvath', 'Petrova'],
  },
  {
    // Chinese and South-East Asian heritage
    weight: 3,
    first: ['Wei', 'Mei', 'Jing', 'Hui', 'Kevin', 'Jenny', 'Amy', 'Vincent', 'Linh', 'Minh', 'Yan'],
    last: ['Chen', 'Wong', 'Li', 'Zhang', 'Wang', 'Liu', 'Lam', 'Cheung', 'Chan', 'Nguyen', 'Tran', 'Ho'],
  },
  {
    // Greek, Turkish, Cypriot and Middle Eastern heritage
    weight: 2,
    first: ['Andreas', 'Nikos', 'Sophia', 'Mehmet', 'Ayşe', 'Emre', 'Zeynep', 'Yusuf', 'Omar', 'Layla', 'Rania', 'Elif'],
    last: ['Georgiou', 'Papadopoulos', 'Christodoulou', 'Yilmaz', 'Demir', 'Kaya', 'Haddad', 'Nasser', 'Mansour', 'Constantinou'],
  },
  {
    // Italian, Portuguese and Spanish heritage
    weight: 2,
    first: ['Marco', 'Giulia', 'Francesca', 'Luca', 'Sofia', 'João', 'Inês', 'Carlos', 'Maria', 'Lucia'],
    last: ['Rossi', 'Bianchi', 'Romano', 'Ferreira', 'Silva', 'Santos', 'Costa', 'Garcia', 'Fernandes', 'Rodrigues'],
  },
];

/** Realistic English ward / electoral division names. */
export const WARD_NAMES: readonly string[] = [
  'Abbey', 'Castle', 'Riverside', "St Mary's", "St John's", "St Peter's", "St Michael's", 'Park', 'Cathedral',
  'Priory', 'Market', 'Bridge', 'Westfield', 'Eastgate', 'Northgate', 'Southgate', 'Hillside', 'Meadowbank',
  'Woodlands', 'Oakwood', 'Ashfield', 'Beechwood', 'Brookside', 'Millbrook', 'Harbour', 'Kingsway',
  'Queensway', 'Victoria', 'Alexandra', 'Grange', 'Manor', 'Moorside', 'Fairfield', 'Greenhill', 'Highfield',
  'Broadfield', 'Longford', 'Newtown', 'Old Town', 'Stonebridge', 'Redhill', 'Whitecross', 'Blackbrook',
  'Thornbury', 'Ashby', 'Bramley', 'Burnside', 'Chapel End', 'Church', 'Cliftonville', 'Coldharbour',
  'Deanery', 'Forest', 'Gorse Hill', 'Heath', 'Holywell', 'Kingsbury', 'Langley', 'Lowfield', 'Marsh',
  'Mill Hill', 'Minster', 'Moorfields', 'Netherfield', 'Northfield', 'Orchard', 'Parkside', 'Rosehill',
  'Sandhurst', 'Sherwood', 'Southfield', 'Springfield', 'Stanley', 'Thorpe', 'Trinity', 'Upton', 'Valley',
  'Warren', 'Westbury', 'Whitehall', 'Willowbrook', 'Windmill Hill', 'Hartcliffe', 'Elmbridge', 'Fenside',
];
