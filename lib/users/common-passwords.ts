/**
 * Passwords refused for new accounts and resets: the most common ones of 8+ characters and the
 * ones a UCLA student is likely to try. Compared case-insensitively.
 */
const COMMON_PASSWORDS = new Set([
  "00000000", "01011990", "01012000", "11111111", "11223344", "12121212", "123123123", "123321123",
  "12345678", "123456789", "1234567890", "12345678910", "1234qwer", "123qweasd", "147258369", "159753456",
  "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "87654321", "88888888", "987654321", "99999999", "a1b2c3d4",
  "aaaaaaaa", "abc12345", "abcd1234", "abcdefgh", "access123", "admin123", "adminadmin", "administrator",
  "asdf1234", "asdfasdf", "asdfghjkl", "august2026", "babygirl", "babygirl1", "baseball", "baseball1",
  "basketball", "batman123", "bruinbridge", "bruinbridge1", "bruins123", "butterfly", "changeme", "changeme1",
  "charlie1", "chocolate", "college1", "computer", "december", "default1", "dragon12", "elephant",
  "fall2025", "fall2026", "football", "football1", "fortnite1", "freedom1", "gobruins", "gobruins1",
  "guest123", "hello123", "helloworld", "iloveu123", "iloveyou", "iloveyou1", "internet", "jennifer",
  "joebruin", "joebruin1", "jordan23", "josiebruin", "letmein1", "letmein123", "lovely123", "loveyou1",
  "master12", "mentorship", "michael1", "minecraft", "monkey123", "mypassword", "november", "p@ssw0rd",
  "p@ssword", "passw0rd", "password", "password1", "password12", "password123", "password1234", "pokemon1",
  "princess", "princess1", "q1w2e3r4", "qazwsxedc", "qweasdzxc", "qwerty12", "qwerty123", "qwerty1234",
  "qwertyuiop", "rootroot", "royce123", "samsung1", "secret123", "security", "september", "shadow12",
  "spring2025", "spring2026", "starwars", "student123", "students1", "summer2024", "summer2025", "summer2026",
  "sunshine", "sunshine1", "superman", "test1234", "testtest", "trustno1", "ucla1234", "uclabruins",
  "university", "welcome1", "welcome123", "westwood", "whatever", "winter2024", "winter2025", "winter2026",
  "zaq12wsx", "zxcvbnm1", "zxcvbnm123",
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.trim().toLowerCase());
}
