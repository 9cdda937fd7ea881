"""Words the generator draws RKT content from: agencies, regions, and per field of
government the objects that sasaran, indikator and kegiatan talk about.

Phrasing follows the real documents (../shared/corpus/real, the Kupang export):
sasaran open with a nominalised verb ("Meningkatnya", "Terwujudnya"), indikator
with a measure ("Persentase", "Jumlah", "Indeks"), kegiatan with an activity
("Penyusunan", "Fasilitasi"); proper names inside them keep their capitals.
"""

REGIONS = [
    "KABUPATEN GARUT", "KOTA BANDUNG", "PROVINSI JAWA BARAT", "KABUPATEN SLEMAN", "KOTA KUPANG",
    "KABUPATEN ALOR", "PROVINSI JAWA TENGAH", "KOTA SURAKARTA", "KABUPATEN BANYUWANGI", "KOTA MAKASSAR",
    "KABUPATEN SIDOARJO", "PROVINSI NUSA TENGGARA TIMUR", "KOTA PONTIANAK", "KABUPATEN LOMBOK TIMUR",
    "KABUPATEN BOGOR", "KOTA PADANG", "PROVINSI SULAWESI SELATAN", "KABUPATEN KUTAI KARTANEGARA",
]
PLACES = ["Garut", "Bandung", "Sleman", "Kupang", "Kalabahi", "Semarang", "Surakarta", "Banyuwangi",
          "Makassar", "Sidoarjo", "Pontianak", "Selong", "Cibinong", "Padang", "Tenggarong"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
NAMES = ["Drs. H. Asep Suhendar, M.Si", "Ir. Rina Marlina, M.T.", "dr. Bambang Wijaya, M.Kes",
         "Hj. Siti Nurhayati, S.E., M.M.", "Yohanes Ndolu, S.H.", "Dr. Made Sukarta, S.Pd., M.Pd.",
         "Agus Salim, S.Sos", "Maria Goreti Lalo, S.IP", "H. Dedi Supriadi, S.T., M.Eng.",
         "Ni Luh Putu Ariani, S.Kom", "Fransiskus Bere, S.E.", "Dra. Endang Sulastri"]
RANKS = ["Pembina Utama Muda", "Pembina Tingkat I", "Pembina", "Penata Tingkat I"]

# field -> agency name, sasaran objects, indikator objects, kegiatan objects
FIELDS: dict[str, dict[str, list[str]]] = {
    "kesehatan": {
        "agency": ["DINAS KESEHATAN", "RUMAH SAKIT UMUM DAERAH"],
        "sasaran": ["derajat kesehatan masyarakat", "mutu pelayanan kesehatan dasar dan rujukan",
                    "status gizi balita dan ibu hamil", "pengendalian penyakit menular dan tidak menular",
                    "akses masyarakat terhadap Jaminan Kesehatan Nasional", "cakupan imunisasi dasar lengkap"],
        "indikator": ["angka kematian ibu per 100.000 kelahiran hidup", "balita gizi buruk yang mendapat perawatan",
                      "Puskesmas terakreditasi", "penduduk yang menjadi peserta BPJS Kesehatan",
                      "desa Universal Child Immunization", "kasus Tuberkulosis yang ditemukan dan diobati",
                      "kepuasan pasien rawat jalan"],
        "kegiatan": ["Penyediaan layanan kesehatan untuk UKM dan UKP rujukan", "Pengelolaan pelayanan kesehatan ibu hamil",
                     "Pemberian makanan tambahan bagi balita kurang gizi", "Pelaksanaan imunisasi dasar di Posyandu",
                     "Penyediaan obat dan bahan medis habis pakai", "Akreditasi Puskesmas dan Rumah Sakit"],
    },
    "keuangan": {
        "agency": ["BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "BADAN PENDAPATAN DAERAH"],
        "sasaran": ["akuntabilitas pengelolaan keuangan daerah", "pendapatan asli daerah",
                    "kualitas laporan keuangan Pemerintah Daerah", "tertib administrasi Barang Milik Daerah",
                    "kepatuhan Wajib Pajak Daerah"],
        "indikator": ["opini BPK atas Laporan Keuangan Pemerintah Daerah", "realisasi Pendapatan Asli Daerah",
                      "aset tetap yang bersertifikat", "Wajib Pajak yang membayar tepat waktu",
                      "temuan BPK yang ditindaklanjuti", "penyerapan anggaran belanja langsung"],
        "kegiatan": ["Penyusunan Laporan Keuangan Semester I dan Laporan Keuangan Tahunan",
                     "Rekonsiliasi aset dengan Organisasi Perangkat Daerah", "Pendataan dan penilaian objek pajak",
                     "Penagihan tunggakan Pajak Bumi dan Bangunan", "Penatausahaan Barang Milik Daerah",
                     "Sosialisasi e-SPTPD kepada Wajib Pajak"],
    },
    "pemilu": {
        "agency": ["KOMISI PEMILIHAN UMUM"],
        "sasaran": ["partisipasi pemilih dalam Pemilu dan Pemilihan", "kualitas penyelenggaraan tahapan Pemilu",
                    "kompetensi SDM KPU terkait teknis kepemiluan", "Pemungutan dan Penghitungan Suara yang tertib",
                    "pemutakhiran Data Pemilih Berkelanjutan"],
        "indikator": ["tingkat partisipasi pemilih", "TPS yang melaksanakan pemungutan suara sesuai jadwal",
                      "Daftar Pemilih Tetap yang dimutakhirkan", "pegawai yang mengikuti bimbingan teknis kepemiluan",
                      "sengketa hasil Pemilu yang diselesaikan", "laporan dana kampanye yang diaudit"],
        "kegiatan": ["Sosialisasi dan pendidikan pemilih kepada pemilih pemula", "Bimbingan teknis bagi KPPS dan PPS",
                     "Pemutakhiran Data Pemilih Berkelanjutan setiap triwulan", "Rapat pleno rekapitulasi hasil penghitungan suara",
                     "Distribusi logistik Pemilu ke PPK dan PPS", "Pengelolaan Jaringan Dokumentasi dan Informasi Hukum"],
    },
    "pekerjaan umum": {
        "agency": ["DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"],
        "sasaran": ["kualitas infrastruktur jalan dan jembatan", "pelayanan air minum dan sanitasi layak",
                    "kawasan permukiman kumuh yang tertangani", "ketersediaan Rencana Detail Tata Ruang"],
        "indikator": ["jalan kabupaten dalam kondisi mantap", "rumah tangga yang terlayani air minum",
                      "luas kawasan kumuh yang ditangani", "jembatan dalam kondisi baik",
                      "Rencana Detail Tata Ruang yang ditetapkan", "panjang saluran drainase yang dibangun"],
        "kegiatan": ["Rehabilitasi dan pemeliharaan jalan", "Pembangunan Sistem Penyediaan Air Minum",
                     "Penyusunan Rencana Detail Tata Ruang kawasan perkotaan", "Peningkatan kualitas rumah tidak layak huni",
                     "Pengawasan teknis pembangunan jembatan", "Normalisasi saluran drainase perkotaan"],
    },
    "pendidikan": {
        "agency": ["DINAS PENDIDIKAN", "DINAS PENDIDIKAN DAN KEBUDAYAAN"],
        "sasaran": ["akses dan mutu pendidikan dasar", "kompetensi pendidik dan tenaga kependidikan",
                    "angka partisipasi sekolah", "budaya literasi masyarakat"],
        "indikator": ["angka partisipasi murni SD/MI", "guru yang bersertifikat pendidik",
                      "sekolah yang terakreditasi minimal B", "rata-rata lama sekolah",
                      "anak usia sekolah yang tidak bersekolah", "ruang kelas dalam kondisi baik"],
        "kegiatan": ["Penyediaan Bantuan Operasional Sekolah Daerah", "Pelatihan guru berbasis Kurikulum Merdeka",
                     "Rehabilitasi ruang kelas SD dan SMP", "Pembinaan Gerakan Literasi Sekolah",
                     "Pendataan anak tidak sekolah", "Akreditasi satuan pendidikan anak usia dini"],
    },
    "kepegawaian": {
        "agency": ["BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA", "SEKRETARIAT DAERAH"],
        "sasaran": ["profesionalisme Aparatur Sipil Negara", "kualitas pelayanan administrasi kepegawaian",
                    "penerapan Sistem Merit dalam manajemen ASN", "disiplin dan kinerja pegawai"],
        "indikator": ["indeks profesionalitas ASN", "pelayanan kenaikan pangkat tepat waktu",
                      "nilai Sistem Merit dari KASN", "ASN yang mengikuti pengembangan kompetensi 20 JP",
                      "pegawai yang dijatuhi hukuman disiplin", "penilaian kinerja melalui e-Kinerja"],
        "kegiatan": ["Pengelolaan kenaikan pangkat dan mutasi pegawai", "Penyelenggaraan Diklat Kepemimpinan",
                     "Penilaian kompetensi dan pemetaan talenta pegawai", "Pengelolaan aplikasi e-Kinerja",
                     "Pembinaan disiplin pegawai", "Penyusunan analisis jabatan dan beban kerja"],
    },
    "pengawasan": {
        "agency": ["INSPEKTORAT"],
        "sasaran": ["akuntabilitas kinerja Perangkat Daerah", "kualitas pengawasan internal",
                    "tindak lanjut hasil pemeriksaan", "Zona Integritas menuju Wilayah Bebas dari Korupsi"],
        "indikator": ["nilai SAKIP Pemerintah Daerah", "level maturitas SPIP",
                      "rekomendasi hasil pemeriksaan yang ditindaklanjuti", "kapabilitas APIP",
                      "unit kerja berpredikat WBK", "pengaduan masyarakat yang ditangani"],
        "kegiatan": ["Pemeriksaan reguler Perangkat Daerah", "Reviu Laporan Keuangan oleh Aparat Pengawasan Intern",
                     "Evaluasi SAKIP Perangkat Daerah", "Pendampingan pembangunan Zona Integritas",
                     "Penanganan pengaduan masyarakat", "Pemantauan tindak lanjut hasil pemeriksaan BPK"],
    },
    "perhubungan": {
        "agency": ["DINAS PERHUBUNGAN"],
        "sasaran": ["keselamatan lalu lintas dan angkutan jalan", "kualitas pelayanan transportasi publik",
                    "ketersediaan fasilitas perlengkapan jalan"],
        "indikator": ["angka kecelakaan lalu lintas", "kendaraan bermotor yang lulus uji berkala",
                      "terminal tipe C yang memenuhi standar pelayanan", "rambu lalu lintas yang terpasang",
                      "trayek angkutan perdesaan yang terlayani"],
        "kegiatan": ["Pengujian berkala kendaraan bermotor", "Pemasangan rambu dan marka jalan",
                     "Manajemen dan rekayasa lalu lintas", "Pembangunan halte dan fasilitas terminal",
                     "Kampanye keselamatan berlalu lintas"],
    },
    "pertanian": {
        "agency": ["DINAS PERTANIAN", "DINAS KETAHANAN PANGAN DAN PERTANIAN"],
        "sasaran": ["produksi dan produktivitas tanaman pangan", "populasi ternak dan ketersediaan pakan",
                    "ketahanan pangan masyarakat", "kesejahteraan petani"],
        "indikator": ["produksi padi", "populasi sapi potong", "skor Pola Pangan Harapan",
                      "Nilai Tukar Petani", "luas lahan yang teraliri irigasi", "kelompok tani yang dibina"],
        "kegiatan": ["Penyediaan benih padi unggul bersertifikat", "Inseminasi buatan pada sapi potong",
                     "Rehabilitasi jaringan irigasi tersier", "Pembinaan kelompok tani dan Gapoktan",
                     "Pengendalian organisme pengganggu tumbuhan", "Penganekaragaman konsumsi pangan"],
    },
}

SASARAN_VERBS = ["Meningkatnya", "Terwujudnya", "Menurunnya", "Tercapainya", "Meningkatkan", "Peningkatan",
                 "Terlaksananya", "Optimalnya"]
SASARAN_TAILS = ["", "", "", " di {region}", " yang akuntabel", " secara berkelanjutan", " sesuai standar pelayanan minimal"]
INDIKATOR_MEASURES = ["Persentase", "Jumlah", "Indeks", "Nilai", "Tingkat", "Rasio", "Cakupan", "Angka",
                      "Prosentase", "Capaian"]
KEGIATAN_TAILS = ["", "", " Tahun Anggaran {year}", " di {n} kecamatan", " bagi aparatur", " secara berkala"]
GROUP_HEADINGS = ["Urusan Pemerintahan Wajib", "Bidang Pelayanan Umum", "Program Penunjang Urusan Pemerintahan",
                  "Aspek Tata Kelola", "Bidang Pembangunan Manusia"]
MISI = ["Mewujudkan tata kelola pemerintahan yang bersih dan akuntabel",
        "Meningkatkan kualitas sumber daya manusia yang berdaya saing",
        "Mewujudkan pembangunan infrastruktur yang merata dan berkelanjutan",
        "Meningkatkan kesejahteraan masyarakat melalui ekonomi kerakyatan"]
TUJUAN = ["Meningkatkan kualitas pelayanan publik", "Meningkatkan akuntabilitas kinerja",
          "Meningkatkan derajat kesejahteraan masyarakat", "Mewujudkan pemerataan pembangunan wilayah"]
UNITS = ["orang", "dokumen", "kali", "laporan", "unit", "kegiatan", "desa", "sekolah", "km", "ton", "Puskesmas"]
FREE_TARGETS = ["Sangat Baik", "Tersusun dan ditetapkan", "Level 3", "Tepat waktu", "Kategori Baik", "Terlaksana"]
KETERANGAN = ["APBD", "APBN", "DAK", "-", "APBD Provinsi", "Dana Desa"]
