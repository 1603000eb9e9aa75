namespace HireGuard.Internal;

/// <summary>
/// Generates ordinary, realistic person names from many naming cultures, deterministically from a
/// seed: the innocent population that sanctions screening must not flag. Each name comes with a
/// plausible date of birth and the nationality of its culture (as a document would show it).
/// </summary>
internal static class PersonNameGenerator
{
    private static readonly Culture[] Cultures =
    [
        new("US", ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "William", "Linda", "David", "Elizabeth", "Richard", "Barbara", "Joseph", "Susan", "Thomas", "Jessica", "Christopher", "Sarah", "Daniel", "Karen", "Matthew", "Emily", "Anthony", "Ashley", "Mark", "Megan", "Tyler", "Brittany", "Kevin", "Rachel"],
            ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins"]),
        new("MX", ["José", "María", "Juan", "Guadalupe", "Luis", "Alejandra", "Carlos", "Fernanda", "Jorge", "Gabriela", "Miguel", "Daniela", "Ricardo", "Sofía", "Eduardo", "Valeria", "Andrés", "Camila", "Diego", "Lucía"],
            ["García", "Hernández", "López", "Martínez", "González", "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Cruz", "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Vargas", "Castillo", "Jiménez", "Mendoza"]),
        new("CN", ["Wei", "Fang", "Min", "Jing", "Lei", "Li", "Qiang", "Yan", "Jun", "Xiu", "Hao", "Ying", "Tao", "Lan", "Yong", "Hui", "Chen", "Xin", "Bo", "Mei", "Zhiwei", "Xiaoling", "Haoran", "Yuting"],
            ["Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Tang", "Song", "Feng"]),
        new("KR", ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Seo-jun", "Su-ah", "Ye-jun", "Ji-min", "Hyun-woo", "Eun-ji", "Jae-won", "Yu-na", "Sung-min", "Hye-jin", "Dong-hyun", "So-yeon", "Jun-ho", "Da-eun"],
            ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Jeon", "Hong"]),
        new("IN", ["Aarav", "Priya", "Vivaan", "Ananya", "Aditya", "Diya", "Arjun", "Isha", "Rohan", "Kavya", "Rahul", "Sneha", "Vikram", "Pooja", "Amit", "Neha", "Sanjay", "Deepika", "Karthik", "Lakshmi", "Suresh", "Meera"],
            ["Sharma", "Verma", "Gupta", "Patel", "Singh", "Kumar", "Reddy", "Iyer", "Nair", "Rao", "Mehta", "Joshi", "Desai", "Chopra", "Malhotra", "Banerjee", "Chatterjee", "Mukherjee", "Pillai", "Menon", "Agarwal", "Bhat", "Kulkarni", "Shah"]),
        new("EG", ["Mohamed", "Fatima", "Ahmed", "Mariam", "Omar", "Nour", "Youssef", "Salma", "Khaled", "Aya", "Mahmoud", "Hana", "Mostafa", "Yasmin", "Tarek", "Layla", "Karim", "Rana", "Amr", "Dina"],
            ["Hassan", "Ibrahim", "Mahmoud", "Ali", "Youssef", "Abdelrahman", "Mostafa", "Saleh", "Farouk", "Nasser", "Fahmy", "Shawky", "Gamal", "Khalil", "Said", "Fouad", "Hamdy", "Sabry", "Ragab", "Mansour"]),
        new("RU", ["Alexander", "Anastasia", "Dmitry", "Maria", "Sergey", "Elena", "Andrey", "Olga", "Alexey", "Tatiana", "Ivan", "Natalia", "Mikhail", "Irina", "Nikolai", "Ekaterina", "Pavel", "Svetlana", "Artem", "Yulia"],
            ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Petrov", "Sokolov", "Mikhailov", "Novikov", "Fedorov", "Morozov", "Volkov", "Alekseev", "Lebedev", "Semenov", "Egorov", "Pavlov", "Kozlov", "Stepanov", "Nikolaev"]),
        new("NG", ["Chinedu", "Ngozi", "Oluwaseun", "Aisha", "Emeka", "Funke", "Tunde", "Chioma", "Ifeanyi", "Yetunde", "Obinna", "Amaka", "Segun", "Halima", "Kelechi", "Bisi", "Uche", "Zainab", "Femi", "Adaeze"],
            ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Adebayo", "Nwosu", "Ogunleye", "Chukwu", "Afolabi", "Obi", "Oyelaran", "Uzor", "Bello", "Ibekwe", "Olawale", "Nnamdi", "Lawal", "Onyeka", "Abubakar"]),
        new("VN", ["Anh", "Linh", "Minh", "Trang", "Huy", "Ngoc", "Duc", "Thao", "Tuan", "Huong", "Khanh", "Phuong", "Long", "Mai", "Quang", "Lan", "Hieu", "Thu", "Nam", "Vy"],
            ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo", "Duong", "Ly"]),
        new("JP", ["Haruto", "Yui", "Sota", "Aoi", "Yuto", "Hina", "Riku", "Sakura", "Kaito", "Yuna", "Takumi", "Mio", "Ren", "Akari", "Daiki", "Nanami", "Kenji", "Yuki", "Hiroshi", "Emi"],
            ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Mori"]),
        new("DE", ["Lukas", "Anna", "Jonas", "Lea", "Leon", "Hannah", "Felix", "Lena", "Maximilian", "Laura", "Paul", "Julia", "Tim", "Sophie", "Jan", "Katharina", "Florian", "Johanna", "Moritz", "Franziska"],
            ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann"]),
        new("FR", ["Lucas", "Emma", "Hugo", "Chloé", "Louis", "Camille", "Gabriel", "Manon", "Arthur", "Inès", "Théo", "Léa", "Nathan", "Sarah", "Mathis", "Juliette", "Antoine", "Élodie", "Julien", "Margaux"],
            ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier"]),
        new("BR", ["João", "Ana", "Pedro", "Beatriz", "Lucas", "Juliana", "Gabriel", "Larissa", "Rafael", "Mariana", "Gustavo", "Fernanda", "Felipe", "Camila", "Bruno", "Letícia", "Thiago", "Vitória", "Matheus", "Carolina"],
            ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa"]),
        new("TR", ["Mehmet", "Ayşe", "Mustafa", "Fatma", "Ahmet", "Emine", "Ali", "Hatice", "Hüseyin", "Zeynep", "Murat", "Elif", "Emre", "Merve", "Burak", "Esra", "Can", "Seda", "Kerem", "Derya"],
            ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek"]),
        new("PL", ["Jakub", "Julia", "Kacper", "Zuzanna", "Szymon", "Maja", "Filip", "Natalia", "Michał", "Aleksandra", "Bartosz", "Wiktoria", "Mateusz", "Oliwia", "Paweł", "Agnieszka", "Tomasz", "Magdalena", "Krzysztof", "Katarzyna"],
            ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski"]),
        new("PH", ["Juan", "Maria", "Jose", "Angelica", "Mark", "Kristine", "John Paul", "Mary Grace", "Christian", "Jasmine", "Rommel", "Rowena", "Noel", "Cherry", "Jerome", "Divina", "Ramon", "Lorna", "Arnel", "Marites"],
            ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Torres", "Tomas", "Andrada", "Castillo", "Flores", "Villanueva", "Ramos", "Castro", "Rivera", "Aquino", "Navarro", "Salazar", "Mercado"]),
        new("PK", ["Muhammad", "Ayesha", "Ali", "Fatima", "Hassan", "Zainab", "Usman", "Sana", "Bilal", "Hira", "Hamza", "Maryam", "Imran", "Sadia", "Faisal", "Rabia", "Kamran", "Nadia", "Adnan", "Sidra"],
            ["Khan", "Ahmed", "Malik", "Hussain", "Qureshi", "Butt", "Chaudhry", "Iqbal", "Raza", "Sheikh", "Siddiqui", "Akhtar", "Javed", "Aslam", "Rana", "Mirza", "Baig", "Anwar", "Shah", "Abbasi"]),
        new("UA", ["Oleksandr", "Olena", "Andriy", "Iryna", "Dmytro", "Yulia", "Serhiy", "Oksana", "Volodymyr", "Natalia", "Mykola", "Svitlana", "Taras", "Kateryna", "Bohdan", "Halyna", "Yuriy", "Larysa", "Vasyl", "Tetiana"],
            ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliynyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko", "Melnyk"]),
        new("IR", ["Reza", "Maryam", "Ali", "Zahra", "Mohammad", "Fatemeh", "Hossein", "Sara", "Amir", "Narges", "Mehdi", "Leila", "Hamid", "Parisa", "Saeed", "Shirin", "Arash", "Mina", "Babak", "Roya"],
            ["Hosseini", "Mohammadi", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Sadeghi", "Ghasemi", "Salehi", "Kazemi", "Ebrahimi", "Najafi", "Azizi", "Farahani", "Tehrani", "Shirazi"]),
        new("KE", ["Brian", "Faith", "Kevin", "Mercy", "Dennis", "Grace", "Collins", "Esther", "Victor", "Joy", "Samuel", "Caroline", "Peter", "Wanjiru", "Otieno", "Achieng", "Kiprono", "Chebet", "Mwangi", "Akinyi"],
            ["Kamau", "Otieno", "Mwangi", "Wanjiku", "Kiprop", "Odhiambo", "Njoroge", "Kariuki", "Ochieng", "Kimani", "Mutua", "Wafula", "Chege", "Onyango", "Kiplagat", "Maina", "Omondi", "Muthoni", "Korir", "Wekesa"]),
    ];

    /// <summary>Gets the nationalities the generator draws from.</summary>
    public static IEnumerable<string> Nationalities => Cultures.Select(c => c.Nationality);

    /// <summary>Generates names, each with a date of birth (1960–2004) and its culture's nationality.</summary>
    /// <param name="count">How many names.</param>
    /// <param name="seed">The seed; the same seed gives the same names.</param>
    public static IReadOnlyList<GeneratedPerson> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var people = new List<GeneratedPerson>(count);
        for (var i = 0; i < count; i++)
        {
            var culture = Cultures[random.Next(Cultures.Length)];
            var given = culture.Given[random.Next(culture.Given.Length)];
            var family = culture.Family[random.Next(culture.Family.Length)];
            string name;
            if (culture.Nationality is "MX" or "BR" && random.Next(3) == 0)
            {
                // Two surnames, as Hispanic and Lusophone names often have.
                name = $"{given} {family} {culture.Family[random.Next(culture.Family.Length)]}";
            }
            else if (culture.Nationality is "RU" or "UA" && random.Next(2) == 0)
            {
                var father = culture.Given[random.Next(culture.Given.Length)];
                name = $"{given} {Patronymic(father, culture.Nationality)} {family}";
            }
            else if (culture.Nationality is "CN" or "KR" or "VN" or "JP" && random.Next(2) == 0)
            {
                name = $"{family} {given}";
            }
            else if (random.Next(5) == 0)
            {
                name = $"{given} {culture.Given[random.Next(culture.Given.Length)]} {family}";
            }
            else
            {
                name = $"{given} {family}";
            }

            var dob = new DateOnly(1960, 1, 1).AddDays(random.Next(365 * 45));
            people.Add(new GeneratedPerson(name, dob, culture.Nationality));
        }

        return people;
    }

    private static string Patronymic(string father, string nationality)
    {
        var stem = father.TrimEnd('a', 'y', 'i', 'o');
        return nationality == "UA" ? stem + "ovych" : stem + "ovich";
    }

    private sealed record Culture(string Nationality, string[] Given, string[] Family);
}
