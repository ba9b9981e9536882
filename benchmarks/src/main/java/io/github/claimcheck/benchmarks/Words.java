package io.github.claimcheck.benchmarks;

/** Word lists of the corpus generator: invented outlets, people and places, and phrasing. */
final class Words {

  private Words() {}

  static final String[] ID_OUTLETS = {
    "Kabar Nusantara", "Harian Selat", "Warta Timur", "Suara Lembah", "Pelita Kota",
    "Gema Pesisir", "Berita Khatulistiwa", "Obor Rakyat Daring", "Kompas Desa", "Lintas Sumatra",
    "Jurnal Sulawesi", "Radar Priangan"
  };

  static final String[] EN_OUTLETS = {
    "The Jakarta Ledger", "Borneo Daily Post", "Straits Observer", "Java Morning Herald",
    "Pacific Wire", "Archipelago Times", "The Monsoon Review", "Eastern Gazette"
  };

  static final String[] ID_OUTLET_TAGS = {"KABARNUSA", "HS", "WartaTimur", "SL"};
  static final String[] EN_OUTLET_TAGS = {"PW", "Ledger", "Archipelago Times"};

  // Event words in the same order in both languages: a story is one event told in either.
  static final String[] EVENTS_ID = {
    "banjir bandang", "gempa bumi", "tanah longsor", "kebakaran", "ledakan", "badai"
  };
  static final String[] EVENTS_EN = {
    "flash flood", "earthquake", "landslide", "fire", "explosion", "storm"
  };

  static final String[] PLACES = {
    "Garut", "Sukabumi", "Cianjur", "Palu", "Mamuju", "Lombok", "Bima", "Ambon", "Ternate",
    "Padang", "Agam", "Kendari", "Sorong", "Manokwari", "Tasikmalaya", "Banyuwangi", "Jember",
    "Pidie", "Nias", "Kupang", "Ende", "Sikka", "Luwu", "Toraja"
  };

  static final String[] CITIES = {
    "Jakarta", "Bandung", "Surabaya", "Makassar", "Medan", "Semarang", "Denpasar", "Manado",
    "Pontianak", "Balikpapan", "Jayapura", "Palembang"
  };

  static final String[] VILLAGES = {
    "Sukamaju", "Mekarsari", "Cibodas", "Tanjungsari", "Karangrejo", "Sidomulyo", "Wonosari",
    "Batu Putih", "Air Hitam", "Lubuk Raya"
  };

  static final String[] ACTORS_ID = {"Korea Utara", "Rusia", "Korea Selatan", "Ukraina"};
  static final String[] ACTORS_EN = {"North Korea", "Russia", "South Korea", "Ukraine"};

  static final String[] PERSONS = {
    "Budi Santoso", "Siti Rahmawati", "Andreas Wenas", "Ni Luh Putu Ayu", "Hendra Gunawan",
    "Maria Lumban Tobing", "Yusuf Alamsyah", "Rina Kartika", "Dewi Anggraini", "Fajar Nugroho"
  };

  static final String[] ROLES_ID = {
    "kepala pelaksana BPBD setempat", "juru bicara kepolisian", "relawan Palang Merah",
    "kepala desa", "warga setempat", "pengamat kebencanaan"
  };
  static final String[] ROLES_EN = {
    "disaster agency spokesperson", "police spokesman", "Red Cross volunteer", "village head",
    "local resident", "regional official"
  };

  static final String[] SOURCES_ID = {
    "Badan Penanggulangan Bencana Daerah", "BPBD setempat", "kepolisian daerah",
    "Kementerian Sosial", "Basarnas", "pejabat setempat", "Palang Merah Indonesia",
    "Dinas Kesehatan", "seorang pejabat militer", "Kantor Staf Gabungan"
  };
  static final String[] SOURCES_EN = {
    "the national disaster agency", "local police", "the social affairs ministry",
    "the search and rescue agency", "officials", "the Red Cross", "the health office",
    "a military official", "the Joint Chiefs of Staff"
  };

  static final String[] HEDGES_ID = {
    "sekitar", "kurang lebih", "lebih dari", "setidaknya", "hampir", "sedikitnya", "kira-kira",
    "tidak kurang dari"
  };
  static final String[] HEDGES_EN = {
    "about", "around", "more than", "at least", "nearly", "roughly", "an estimated", "over"
  };

  static final String[] NUMBERS_ID = {
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas", "dua belas", "tiga belas", "empat belas", "lima belas", "enam belas",
    "tujuh belas", "delapan belas", "sembilan belas", "dua puluh"
  };
  static final String[] NUMBERS_EN = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"
  };

  static final String[] MONTHS_ID = {
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember"
  };
  static final String[] MONTHS_EN = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };
  static final String[] WEEKDAYS_ID = {
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"
  };

  static final String[] PEOPLE_ID = {"orang", "warga", "penduduk", "jiwa"};
  static final String[] SOLDIERS_ID = {"tentara", "prajurit", "personel militer", "pasukan"};

  static final String[] SHELTERS_ID = {
    "tenda darurat", "balai desa", "gedung sekolah", "masjid terdekat", "posko pengungsian"
  };
  static final String[] LANDMARKS_ID = {
    "aliran sungai", "lereng bukit", "pelabuhan lama", "pasar induk", "jembatan gantung"
  };
  static final String[] LANDMARKS_EN = {
    "the river bank", "the hillside", "the old harbour", "the main market", "the rope bridge"
  };

  static final String[] FEELINGS_ID = {"cemas", "lelah", "bingung", "pasrah", "trauma"};
  static final String[] FEELINGS_EN = {"anxious", "exhausted", "confused", "resigned", "shaken"};

  static final String[] PLANS_ID = {"akan mengirimkan", "berencana mengirim", "dijadwalkan memasok"};

  static final String[] AGENCIES_ID = {"BMKG", "Baznas", "pemerintah provinsi", "dinas sosial"};

  static final String[] WEATHER_ID = {
    "hujan lebat", "berawan tebal", "hujan disertai angin kencang", "cerah berawan"
  };
  static final String[] WEATHER_EN = {"heavy rain", "thick cloud", "strong winds", "clear skies"};

  static final String[] QUOTES_ID = {
    "kami terus berupaya menjangkau daerah yang masih terisolasi",
    "bantuan logistik sudah mulai masuk sejak pagi",
    "akses jalan utama masih tertutup material",
    "warga diminta tetap waspada terhadap kemungkinan susulan",
    "data korban masih terus diperbarui"
  };
  static final String[] QUOTES_EN = {
    "we are still trying to reach the villages that are cut off",
    "aid has been arriving since this morning",
    "the main road is still blocked",
    "residents should stay alert for aftershocks",
    "the numbers are still being updated"
  };

  static final String[] FILLER_ID = {
    "aliran listrik dan jaringan telepon masih terputus di",
    "petugas membuka dapur umum untuk warga di",
    "arus lalu lintas dialihkan menuju",
    "relawan dari berbagai daerah berdatangan ke"
  };
  static final String[] FILLER_EN = {
    "power and phone lines remain cut in",
    "volunteers opened field kitchens across",
    "traffic was diverted away from",
    "aid workers from several provinces travelled to"
  };

  // Lines the cleaner drops: read-also links, credits, comment prompts.
  static final String[] NOISE_ID = {
    "Baca juga:", "Simak juga:", "Berita terkait:", "Foto: ilustrasi", "Tinggalkan komentar",
    "Penulis: redaksi"
  };
  static final String[] NOISE_EN = {
    "Read more:", "Also read:", "Related articles:", "Photo: file", "Leave a comment",
    "Share this:"
  };
}
