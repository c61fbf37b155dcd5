// Passwords of 10+ characters that top the published breach lists (shorter ones are
// refused for their length already), plus Russian keyboard favourites. Compared in
// lower case.
export const commonPasswords: ReadonlySet<string> = new Set([
  '1234567890', '0123456789', '0987654321', '9876543210', '12345678910', '123456789a', '123456789q',
  '1234567890q', '1234567890a', '12345678900', '1111111111', '0000000000', '2222222222', '5555555555',
  '1212121212', '1122334455', '1357924680', '1029384756', '1q2w3e4r5t', '1q2w3e4r5t6y', '1qaz2wsx3edc',
  'zaq12wsxcde3', 'qwertyuiop', 'qwertyuiop[]', 'qwerty1234', 'qwerty12345', 'qwerty123456', 'qwertyqwerty',
  'asdfghjkl;', 'asdfghjkl1', 'zxcvbnm123', 'qazwsxedcrfv', 'qweasdzxc123', '1qazxsw23edc', 'qwe123qwe123',
  'abc1234567', 'abcdefghij', 'abcd123456', 'a1b2c3d4e5', 'aa12345678', 'password12', 'password123',
  'password1234', 'password01', 'passw0rd123', 'p@ssw0rd123', 'p@ssword123', 'mypassword', 'mypassword1',
  'passwordpassword', 'password!', 'password2024', 'password2025', 'iloveyou12', 'iloveyou123', 'letmein123',
  'welcome123', 'welcome1234', 'admin12345', 'admin123456', 'administrator', 'administrator1', 'superman123',
  'batman12345', 'football123', 'baseball123', 'basketball', 'basketball1', 'liverpool1', 'chelsea123',
  'manchester', 'manchester1', 'spartak1922', 'zenit12345', 'dinamo1923', 'cska123456', 'sunshine12',
  'princess12', 'starwars12', 'pokemon123', 'trustno123', 'changeme123', 'default123', 'secret1234',
  'monkey12345', 'dragon12345', 'master12345', 'shadow12345', 'michael123', 'jennifer12', 'alexander1',
  'alexander', 'christopher', 'jessica123', 'natasha123', 'marina1234', 'svetlana12', 'vladimir12',
  'dmitriy123', 'sergey1234', 'andrey1234', 'elena12345', 'moscow2024', 'moskva1234', 'russia1234',
  'rossiya123', 'privet1234', 'parol12345', 'parolparol', 'qwertyuiop1', 'ytrewq1234', 'йцукенгшщз',
  'йцукен1234', 'пароль1234', 'парольпароль', 'ярусский12', '1234qwerty', '123qweasdzxc', '123456qwerty',
  'qwerty123qwerty', 'q1w2e3r4t5', 'q1w2e3r4t5y6', 'z1x2c3v4b5', '1a2b3c4d5e', 'zxcvbnmasdfghjkl',
  'asdfghjklqwertyuiop', 'computer12', 'internet12', 'samsung123', 'iphone1234', 'google1234', 'yandex1234',
  'ticket1234', 'tickets123', 'stadium123', 'football1', 'hockey1234', 'cinema1234', 'museum1234',
]);
