"""The samples: each one's data, columns, layout and the pages its rows print on."""

from __future__ import annotations

import datetime as dt

from .model import Col, Ind, Prog, ProgramTable, Sample, Sas, Sign, Upper

KPU_COLS = [
    Col("Sasaran Kinerja", "sasaran", 6.0),
    Col("Indikator Kinerja", "indikator", 8.0),
    Col("Target", "target", 2.6),
    Col("Kegiatan", "kegiatan", 9.1),
]

KPU_ALOR = Sample(
    stem="word-kpu-alor-rkt-2024",
    producer="word",
    title=["RENCANA KINERJA TAHUNAN (RKT)", "KOMISI PEMILIHAN UMUM KABUPATEN ALOR TAHUN 2024"],
    agency="KOMISI PEMILIHAN UMUM KABUPATEN ALOR",
    year=2024,
    cols=KPU_COLS,
    font="Arial",
    size=10,
    sasaran=[
        Sas(
            "Terwujudnya perencanaan program dan anggaran serta pelaporan kinerja KPU Kabupaten Alor yang akuntabel",
            [
                Ind(
                    "Persentase laporan monitoring dan evaluasi yang akuntabel dan tepat waktu",
                    "100%",
                    ["Melakukan monitoring dan evaluasi terhadap pelaksanaan kegiatan dan anggaran;"],
                ),
                Ind(
                    "Persentase target kinerja KPU Kabupaten Alor tercapai sesuai dengan perjanjian kinerja",
                    "100%",
                    ["melakukan penyusunan Rencana Kerja KPU Tahun Anggaran 2024"],
                ),
                Ind(
                    "Jumlah revisi yang dilakukan terhadap rencana kerja yang telah ditetapkan",
                    "12 kali",
                    [
                        "Melakukan pencermatan, pengelolaan dan pendayagunaan anggaran yang ada untuk "
                        "melaksanakan kegiatan KPU, baik kegiatan rutin maupun Tahapan Pemilu dan "
                        "melakukan revisi apabila diperlukan"
                    ],
                ),
                Ind(
                    "Persentase laporan keuangan yang disusun sesuai dengan Standar Akuntansi Pemerintahan",
                    "100%",
                    [
                        "Penyusunan Laporan Keuangan Semester I dan Laporan Keuangan Tahunan",
                        "Reviu Laporan Keuangan oleh Aparat Pengawasan Intern Pemerintah",
                    ],
                ),
            ],
        ),
        Sas(
            "Peningkatan kompetensi SDM KPU Kabupaten Alor terkait teknis kepemiluan",
            [
                Ind(
                    "Persentase pegawai yang telah mengikuti pelatihan teknis kepemiluan dalam peningkatan kompetensi SDM",
                    "100%",
                    ["Pegawai yang mengikuti pelatihan teknis kepemiluan"],
                ),
                Ind(
                    "Persentase pegawai yang memenuhi standar kompetensi jabatan",
                    "97 %",
                    ["Penilaian kompetensi dan pemetaan talenta pegawai Sekretariat KPU Kabupaten Alor"],
                ),
            ],
        ),
        Sas(
            "Sosialisasi kebijakan KPU kepada stakeholder",
            [
                Ind(
                    "Persentase penyampaian informasi dan publikasi dalam tahapan Pemilu dan Pemilihan yang ditampilkan di media publikasi",
                    "100%",
                    ["Informasi dan publikasi serta sosialisasi pada Pemilu dan Pemilihan"],
                ),
                Ind(
                    "Jumlah kegiatan sosialisasi dan pendidikan pemilih",
                    "12 kali",
                    [
                        "Sosialisasi dan pendidikan pemilih kepada pemilih pemula, pemilih penyandang "
                        "disabilitas, komunitas adat, kelompok perempuan dan masyarakat di wilayah "
                        "perbatasan dan pulau-pulau kecil"
                    ],
                ),
            ],
        ),
        Sas(
            "Terlaksananya penyusunan Keputusan KPU Kabupaten Alor sesuai dengan ketentuan perundang-\nundangan",
            [
                Ind(
                    "Persentase rancangan Keputusan KPU yang disusun dan diharmonisasi tepat waktu sesuai dengan kerangka regulasi KPU",
                    "100%",
                    ["Menyajikan publikasi, dokumentasi dan informasi produk hukum secara manual dan berbasis web (JDIH)."],
                ),
            ],
        ),
        Sas(
            "Meningkatnya kualitas layanan informasi dan data yang cepat dan akurat",
            [
                Ind(
                    "Tersedianya data, informasi, sarana dan prasarana teknologi informasi serta penerapan e-\ngovernment KPU Kabupaten Alor",
                    "100%",
                    ["Menyusun dan menyajikan dokumen data kebutuhan dan anggaran sarana dan prasarana penggunaan IT"],
                ),
                Ind(
                    "Persentase aplikasi KPU yang diterapkan secara terintegrasi",
                    "100%",
                    ["Pengelolaan aplikasi KPU yang terintegrasi"],
                    pages=[2],  # under the repeated header; the sasaran cell continues empty
                ),
            ],
        ),
        Sas(
            "Terpenuhinya kebutuhan logistik Pemilu yang tepat jenis, tepat jumlah, tepat waktu dan tepat sasaran",
            [
                Ind(
                    "Persentase logistik Pemilu yang didistribusikan tepat waktu ke Tempat Pemungutan Suara",
                    "100%",
                    ["Perencanaan kebutuhan, pengadaan dan distribusi perlengkapan pemungutan suara"],
                ),
                Ind(
                    "Jumlah gudang logistik yang memenuhi standar keamanan dan kelayakan",
                    "12 kali",
                    ["Pemeliharaan gudang logistik dan pengamanan barang milik negara"],
                ),
                Ind(
                    "Persentase barang milik negara yang tercatat dan terinventarisasi",
                    "100%",
                    ["Penatausahaan dan inventarisasi barang milik negara"],
                ),
            ],
            pages=[2],
        ),
        Sas(
            "Meningkatnya partisipasi masyarakat dalam Pemilu Tahun 2024",
            [
                Ind(
                    "Persentase partisipasi pemilih pada pemungutan suara Pemilu Tahun 2024",
                    "97 %",
                    ["Pemutakhiran data pemilih dan penyusunan daftar pemilih tetap"],
                ),
                Ind(
                    "Jumlah relawan demokrasi yang dibentuk dan dibina",
                    "8.435 orang",
                    ["Pembentukan dan pembinaan relawan demokrasi"],
                ),
            ],
            pages=[2],
        ),
        Sas(
            "Meningkatnya penyelenggaraan SPIP dan akuntabilitas kinerja",
            [
                Ind(
                    "Persentase terlaksananya Sistem Pengendalian Intern Pemerintah di lingkungan KPU Kabupaten Alor",
                    "100%",
                    ["Penyusunan dokumen dan pengelolaan aplikasi SPIP"],
                ),
                Ind("Indeks Reformasi Birokrasi", "97 %", ["Pembentukan Tim Reformasi Birokrasi"]),
                Ind("Nilai Akuntabilitas Kinerja", "BB", ["Penyusunan Laporan SAKIP"]),
                Ind("Nilai Keterbukaan Informasi Publik", "100%", ["Penyusunan Laporan Bakohumas"]),
                Ind(
                    "Persentase rekomendasi hasil pemeriksaan Inspektorat Utama dan BPK yang ditindaklanjuti",
                    "100%",
                    ["Penyusunan dan pemantauan tindak lanjut rekomendasi hasil pemeriksaan"],
                ),
            ],
            pages=[2],
        ),
        Sas(
            "Terbentuknya badan ad hoc penyelenggara Pemilu Tahun 2024 yang berintegritas",
            [
                Ind(
                    "Jumlah badan ad hoc yang dipersiapkan dan dibentuk",
                    "8.435 orang",
                    [
                        "Penyusunan dokumen pembentukan badan ad hoc",
                        "Penyusunan SK Pembentukan Badan Ad Hoc yang lulus seleksi",
                    ],
                ),
                Ind(
                    "Persentase terlaksananya seleksi badan ad hoc",
                    "100%",
                    [
                        "Rekrutmen dan seleksi anggota Panitia Pemilihan Kecamatan (PPK), Panitia Pemungutan "
                        "Suara (PPS) dan Kelompok Penyelenggara Pemungutan Suara (KPPS) di 17 kecamatan dan "
                        "175 desa dan kelurahan, meliputi pengumuman pendaftaran, penelitian administrasi, "
                        "tes tertulis berbasis komputer, wawancara, tanggapan masyarakat, penetapan hasil "
                        "seleksi, pelantikan, bimbingan teknis bagi anggota terpilih, serta evaluasi kinerja "
                        "badan ad hoc setelah tahapan pemungutan dan penghitungan suara selesai dilaksanakan; "
                        "penyusunan laporan pelaksanaan pembentukan badan ad hoc kepada KPU Provinsi Nusa "
                        "Tenggara Timur dan pengelolaan honorarium serta santunan kecelakaan kerja bagi "
                        "anggota badan ad hoc sesuai ketentuan yang berlaku"
                    ],
                    pages=[2, 3],  # the row breaks across the page: its tail tops page 3
                ),
            ],
            pages=[2],
        ),
    ],
    sign=Sign(
        place="Kalabahi",
        date=dt.date(2024, 1, 5),
        position="Sekretaris",
        name="Yohanes Benediktus Lamalewa",
        nip=None,
        lines=[
            "Kalabahi, 5 Januari 2024",
            "Komisi Pemilihan Umum Kabupaten Alor",
            "Sekretaris",
            "",
            "",
            "",
            "Yohanes Benediktus Lamalewa",
        ],
    ),
)

_M1 = Upper("Meningkatkan pelayanan transportasi di Jawa Tengah")
_M2 = Upper("Meningkatkan keselamatan dan ketertiban lalu lintas di Jawa Tengah")
_T1 = Upper("Meningkatkan kualitas pelayanan transportasi")
_T2 = Upper("Meningkatkan ketersediaan kelengkapan jalan")
_T3 = Upper("Meningkatkan penyediaan prasarana transportasi di Jawa Tengah")
_T4 = Upper("Meningkatnya ketertiban lalu lintas angkutan jalan")
_T5 = Upper("Menurunnya tingkat fatalitas kecelakaan lalu lintas")
_IKU, _IKP = "Indikator Kinerja Utama", "Indikator Kinerja Program"

DISHUB = Sample(
    stem="word-dishub-jateng-rkt-2024",
    producer="word",
    title=["RENCANA KINERJA TAHUNAN (RKT) TAHUN 2024", "DINAS PERHUBUNGAN PROVINSI JAWA TENGAH"],
    agency="DINAS PERHUBUNGAN PROVINSI JAWA TENGAH",
    year=2024,
    font="Liberation Sans",
    size=11,
    cell_spacing=3,
    cols=[
        Col("Misi", "misi", 4.6),
        Col("Tujuan", "tujuan", 4.2),
        Col("Sasaran Strategis", "sasaran", 4.4),
        Col("Indikator Kinerja", "indikator", 6.2),
        Col("Target %", "target", 2.0),
        Col("Keterangan", "extra", 4.3),
    ],
    sasaran=[
        Sas(
            "Meningkatnya kualitas pelayanan moda transportasi umum",
            [
                Ind(
                    "Persentase keikutsertaan kabupaten dan kota dalam penilaian Wahana Tata Nugraha",
                    "55,56",
                    extra={"Keterangan": _IKU},
                ),
                Ind(
                    "Persentase kepemilikan armada Angkutan Antar Kota Dalam Provinsi (AKDP) perseorangan menjadi badan hukum",
                    "50,11",
                    extra={"Keterangan": _IKP},
                ),
                Ind(
                    "Persentase ketersediaan AKDP di Jawa Tengah",
                    "94,00",
                    extra={"Keterangan": "Data trayek dan armada Dinas Perhubungan"},
                ),
            ],
            misi=_M1,
            tujuan=_T1,
        ),
        Sas(
            "Meningkatnya ketersediaan perlengkapan jalan di ruas jalan provinsi",
            [
                Ind(
                    "Persentase ketersediaan fasilitas perlengkapan jalan (rambu, marka, guardrail, PJU) di jalan provinsi",
                    "21,00",
                    extra={"Keterangan": _IKU},
                ),
                Ind(
                    "Persentase ruas jalan provinsi yang dilengkapi alat penerangan jalan",
                    "48,25",
                    extra={"Keterangan": _IKP},
                ),
            ],
            misi=_M1,
            tujuan=_T2,
        ),
        Sas(
            "Meningkatnya ketersediaan prasarana transportasi",
            [
                Ind(
                    "Persentase ketersediaan dermaga penyeberangan ASDP",
                    "66,67",
                    extra={"Keterangan": _IKP},
                ),
                Ind(
                    "Persentase ketersediaan prasarana jalur kereta api aktif di Jawa Tengah",
                    "74,29",
                    extra={"Keterangan": _IKP},
                ),
                Ind(
                    "Persentase terminal penumpang tipe B yang memenuhi standar pelayanan minimal",
                    "58,33",
                    extra={"Keterangan": _IKP},
                ),
                Ind(
                    "Persentase ketersediaan prasarana transportasi udara (pengembangan bandar udara Ngloram dan Dewadaru)",
                    "65,60 %",
                    extra={"Keterangan": "Kewenangan bersama Kementerian Perhubungan"},
                    pages=[2],  # Misi, Tujuan and Sasaran continue as empty cells on page 2
                ),
            ],
            misi=_M1,
            tujuan=_T3,
        ),
        Sas(
            "Meningkatnya ketertiban lalu lintas angkutan umum",
            [
                Ind(
                    "Persentase kendaraan tidak melanggar muatan lebih di jembatan timbang",
                    "79,00",
                    extra={"Keterangan": _IKU},
                ),
                Ind(
                    "Persentase kendaraan umum laik jalan di Jawa Tengah",
                    "100,00",
                    extra={"Keterangan": "Hasil uji berkala kendaraan bermotor"},
                ),
            ],
            misi=_M2,
            tujuan=_T4,
            pages=[2],
        ),
        Sas(
            "Menurunnya angka kecelakaan lalu lintas di jalan provinsi",
            [
                Ind(
                    "Persentase penurunan angka fatalitas korban kecelakaan lalu lintas",
                    "10,00",
                    extra={"Keterangan": _IKU},
                ),
                Ind(
                    "Persentase lokasi rawan kecelakaan yang ditangani",
                    "35,50",
                    extra={"Keterangan": _IKP},
                ),
            ],
            misi=_M2,
            tujuan=_T5,
            pages=[2],
        ),
    ],
    sign=Sign(
        place="Semarang",
        date=dt.date(2024, 1, 10),
        position="KEPALA DINAS PERHUBUNGAN PROVINSI JAWA TENGAH",
        name="Ir. HENDRA KUSUMAWARDANA, M.T.",
        nip="19710614 199803 1 004",
        lines=[
            "Semarang, 10 Januari 2024",
            "KEPALA DINAS PERHUBUNGAN",
            "PROVINSI JAWA TENGAH",
            "",
            "",
            "",
            "Ir. HENDRA KUSUMAWARDANA, M.T.",
            "Pembina Utama Muda",
            "NIP. 19710614 199803 1 004",
        ],
    ),
)

DINKES_PK = Sample(
    stem="word-dinkes-jabar-pk-2024",
    producer="word",
    title=["PERJANJIAN KINERJA TAHUN 2024", "DINAS KESEHATAN PROVINSI JAWA BARAT"],
    agency="DINAS KESEHATAN PROVINSI JAWA BARAT",
    year=2024,
    landscape=False,
    font="Arial",
    size=10,
    margins_cm=(2.5, 2.0, 2.0, 2.0),
    cols=[
        Col("No", "no", 1.1),
        Col("Sasaran Strategis", "sasaran", 4.6),
        Col("Indikator Kinerja", "indikator", 7.3),
        Col("Target", "target", 3.5),
    ],
    sasaran=[
        Sas(
            "Meningkatnya derajat kesehatan masyarakat",
            [
                Ind("Persentase rumah tangga yang berperilaku hidup bersih dan sehat", "65,60 %"),
                Ind("Cakupan imunisasi dasar lengkap pada bayi", "97 %"),
                Ind("Persentase fasilitas kesehatan tingkat pertama yang terakreditasi", "100%"),
            ],
            no="1",
        ),
        Sas(
            "Meningkatnya mutu dan kapasitas sumber daya manusia kesehatan",
            [
                Ind("Jumlah tenaga kesehatan yang mengikuti pelatihan berbasis kompetensi", "8.435 orang"),
                Ind("Jumlah pembinaan teknis ke dinas kesehatan kabupaten dan kota", "12 kali"),
            ],
            no="2",
        ),
        Sas(
            "Meningkatnya kemandirian keuangan Unit Pelaksana Teknis Daerah Laboratorium Kesehatan",
            [
                Ind(
                    "Pendapatan Badan Layanan Umum Daerah Laboratorium Kesehatan (dalam ribuan rupiah)",
                    "Rp 1.234.567",
                ),
            ],
            no="3",
        ),
        Sas(
            "Meningkatnya akuntabilitas kinerja dan tata kelola keuangan Dinas Kesehatan",
            [
                Ind("Opini BPK atas Laporan Keuangan Pemerintah Daerah Provinsi Jawa Barat", "WTP"),
                Ind("Nilai evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "A"),
            ],
            no="4",
        ),
    ],
    programs=ProgramTable(
        cols=[
            Col("Program", "program", 9.2),
            Col("Anggaran (Rp)", "extra", 4.2),
            Col("Keterangan", "extra", 3.1),
        ],
        rows=[
            Prog("Program Penunjang Urusan Pemerintahan Daerah Provinsi", {"Anggaran (Rp)": "98.512.340.000", "Keterangan": "APBD"}),
            Prog(
                "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
                {"Anggaran (Rp)": "160.427.065.470", "Keterangan": "APBD"},
            ),
            Prog(
                "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
                {"Anggaran (Rp)": "4.325.170.000", "Keterangan": "APBD"},
            ),
            Prog(
                "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman",
                {"Anggaran (Rp)": "2.674.840.000", "Keterangan": "APBN"},
            ),
            Prog(
                "Program Pemberdayaan Masyarakat Bidang Kesehatan",
                {"Anggaran (Rp)": "1.915.000.000", "Keterangan": "APBD"},
            ),
        ],
    ),
    sign=Sign(
        place="Bandung",
        date=None,  # the day is left blank for hand-filling
        position="KEPALA DINAS KESEHATAN PROVINSI JAWA BARAT",
        name="dr. RATNA KUSUMAWATI, M.Kes.",
        nip="19670326 199103 1 006",
        left=[
            "",
            "GUBERNUR JAWA BARAT",
            "",
            "",
            "",
            "",
            "ADITYA WIRANATAKUSUMAH",
        ],
        lines=[
            "Bandung,        Januari 2024",
            "KEPALA DINAS KESEHATAN",
            "PROVINSI JAWA BARAT",
            "",
            "",
            "",
            "dr. RATNA KUSUMAWATI, M.Kes.",
            "Pembina Utama Madya",
            "NIP. 19670326 199103 1 006",
        ],
    ),
)

BKPSDM = Sample(
    stem="word-bkpsdm-sleman-rkt-2024",
    producer="word",
    title=[
        "RENCANA KINERJA TAHUNAN",
        "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
        "KABUPATEN SLEMAN TAHUN 2024",
    ],
    agency="BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN SLEMAN",
    year=2024,
    font="Arial",
    size=11,
    page_numbers="Halaman {page} dari {pages}",
    cols=[
        Col("Sasaran Strategis", "sasaran", 5.4),
        Col("Indikator Kinerja Utama", "indikator", 7.0),
        Col("Target", "target", 2.8),
        Col("Program dan Kegiatan", "kegiatan", 10.5),
    ],
    sasaran=[
        Sas(
            "Meningkatnya kualitas pengelolaan manajemen ASN berbasis sistem merit",
            [
                Ind(
                    "Indeks sistem merit dalam manajemen Aparatur Sipil Negara",
                    "Kategori Sangat Baik",
                    [
                        (
                            "1. Program Kepegawaian Daerah",
                            "2. Penyusunan rencana kebutuhan, jenis dan jumlah jabatan untuk pelaksanaan pengadaan ASN",
                            "3. Koordinasi dan pelaksanaan sistem informasi kepegawaian",
                        )
                    ],
                ),
                Ind(
                    "Persentase ASN yang kompetensinya sesuai dengan standar kompetensi jabatan",
                    "65,60 %",
                    [
                        "Penilaian kompetensi ASN melalui metode assessment center",
                        "Pengembangan kompetensi teknis dan fungsional bagi ASN",
                        "Penyusunan rencana pengembangan karier dan pola karier ASN",
                    ],
                ),
                Ind(
                    "Persentase jabatan pimpinan tinggi dan administrator yang diisi melalui seleksi terbuka dan uji kompetensi",
                    "100%",
                    ["Pelaksanaan seleksi terbuka jabatan pimpinan tinggi pratama dan uji kompetensi jabatan administrator"],
                ),
            ],
        ),
        Sas(
            "Meningkatnya disiplin dan kinerja Aparatur Sipil Negara",
            [
                Ind(
                    "Persentase ASN yang tidak dijatuhi hukuman disiplin",
                    "97 %",
                    [
                        (
                            "1. Pembinaan dan pengawasan disiplin ASN",
                            "2. Penyelesaian kasus pelanggaran disiplin ASN melalui sidang Tim Pertimbangan Kepegawaian",
                        )
                    ],
                ),
                Ind(
                    "Persentase ASN yang menyusun Sasaran Kinerja Pegawai tepat waktu",
                    "100%",
                    ["Pengelolaan penilaian kinerja pegawai melalui aplikasi e-Kinerja"],
                ),
                Ind(
                    "Jumlah rapat koordinasi Badan Pertimbangan Jabatan dan Kepangkatan",
                    "12 kali",
                    ["Fasilitasi sidang Badan Pertimbangan Jabatan dan Kepangkatan"],
                ),
            ],
        ),
        Sas(
            "Meningkatnya kualitas pelayanan administrasi kepegawaian",
            [
                Ind(
                    "Jumlah layanan kenaikan pangkat, mutasi dan pensiun yang diselesaikan",
                    "8.435 orang",
                    [
                        (
                            "1. Pelayanan kenaikan pangkat reguler dan pilihan bagi ASN di lingkungan Pemerintah Kabupaten Sleman",
                            "2. Pelayanan mutasi, rotasi dan promosi jabatan ASN sesuai hasil analisis jabatan dan analisis beban kerja",
                            "3. Pelayanan administrasi pensiun, pemberhentian dan pemberian tunjangan hari tua bagi ASN",
                            "4. Pengelolaan data dan dokumen kepegawaian elektronik melalui Sistem Informasi Aparatur Sipil Negara",
                            "5. Penyusunan formasi dan pengadaan Pegawai Pemerintah dengan Perjanjian Kerja",
                            "6. Pemberian penghargaan Satyalancana Karya Satya dan penghargaan bagi ASN berprestasi",
                            "7. Pelaksanaan ujian dinas dan ujian penyesuaian kenaikan pangkat",
                            "8. Pengelolaan pengaduan dan konsultasi layanan kepegawaian secara daring dan luring",
                        )
                    ],
                    pages=[1, 2],  # breaks across the page inside item 4
                ),
                Ind(
                    "Persentase layanan kepegawaian yang diselesaikan sesuai standar pelayanan",
                    "100%",
                    ["Penyusunan dan evaluasi standar pelayanan administrasi kepegawaian"],
                    pages=[2],
                ),
            ],
        ),
        Sas(
            "Meningkatnya akuntabilitas kinerja BKPSDM",
            [
                Ind("Nilai evaluasi SAKIP perangkat daerah", "A", ["Penyusunan dokumen perencanaan dan laporan kinerja perangkat daerah"]),
                Ind(
                    "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
                    "100%",
                    ["Koordinasi dan pemantauan tindak lanjut hasil pemeriksaan"],
                ),
            ],
            pages=[2],
        ),
    ],
    sign=Sign(
        place="Sleman",
        date=dt.date(2024, 1, 3),
        position="Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sleman",
        name="Drs. BUDI SANTOSA HADIPRAYITNO, M.Si.",
        nip="19690811 199003 1 007",
        lines=[
            "Sleman, 3 Januari 2024",
            "Kepala Badan Kepegawaian dan",
            "Pengembangan Sumber Daya Manusia",
            "Kabupaten Sleman",
            "",
            "",
            "",
            "Drs. BUDI SANTOSA HADIPRAYITNO, M.Si.",
            "Pembina Utama Muda",
            "NIP. 19690811 199003 1 007",
        ],
    ),
)

_KA = "Kondisi Awal\n(2023)"

INSPEKTORAT = Sample(
    stem="rl-inspektorat-garut-rkt-2024",
    producer="reportlab",
    title=["RENCANA KINERJA TAHUNAN (RKT)", "INSPEKTORAT DAERAH KABUPATEN GARUT", "TAHUN 2024"],
    agency="INSPEKTORAT DAERAH KABUPATEN GARUT",
    year=2024,
    size=9.5,
    numbered_row=True,
    page_numbers="Halaman {page}",
    cols=[
        Col("No", "no", 1.1),
        Col("Sasaran Strategis", "sasaran", 6.4),
        Col("Indikator Kinerja Utama", "indikator", 9.0),
        Col("Satuan", "extra", 2.2),
        Col(_KA, "extra", 3.2),
        Col("Target 2024", "target", 3.3),
    ],
    sasaran=[
        Sas(
            "Meningkatnya kualitas penyelenggaraan urusan pemerintahan daerah",
            [
                Ind(
                    "Status kinerja penyelenggaraan pemerintahan daerah hasil Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah (EKPPD)",
                    "Sangat Tinggi",
                    extra={"Satuan": "Status", _KA: "Tinggi"},
                ),
            ],
            no="1",
        ),
        Sas(
            "Meningkatnya kualitas pengawasan dan pembinaan administrasi umum pemerintahan",
            [
                Ind(
                    "Persentase penurunan jumlah temuan Inspektorat terhadap pelanggaran Sistem Pengendalian Intern perangkat daerah",
                    "10 (234 Temuan)",
                    extra={"Satuan": "%", _KA: "312 Temuan"},
                ),
                Ind(
                    "Persentase rekomendasi hasil pengawasan Inspektorat yang ditindaklanjuti oleh perangkat daerah",
                    "65,60 %",
                    extra={"Satuan": "%", _KA: "58,20 %"},
                ),
            ],
            no="2",
        ),
        Sas(
            "Meningkatnya peran pengawasan internal dalam pengelolaan keuangan dan barang daerah sesuai Standar Akuntansi Pemerintahan",
            [
                Ind(
                    "Opini BPK RI atas Laporan Keuangan Pemerintah Kabupaten Garut",
                    "WTP",
                    extra={"Satuan": "Opini", _KA: "WTP"},
                ),
                Ind(
                    "Persentase penyelesaian tindak lanjut hasil pemeriksaan BPK RI atas Laporan Keuangan Pemerintah Daerah",
                    "60 %",
                    extra={"Satuan": "%", _KA: "32,20 %"},
                ),
                Ind(
                    "Nilai kerugian daerah yang berhasil dipulihkan melalui tuntutan ganti rugi",
                    "Rp 1.500.000.000",
                    extra={"Satuan": "Rupiah", _KA: "Rp 845.210.000"},
                ),
            ],
            no="3",
        ),
        Sas(
            "Meningkatnya akuntabilitas kinerja perangkat daerah dan Pemerintah Kabupaten Garut",
            [
                Ind(
                    "Nilai evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah Kabupaten Garut",
                    "A",
                    extra={"Satuan": "Predikat", _KA: "BB"},
                ),
                Ind(
                    "Persentase perangkat daerah dengan nilai evaluasi SAKIP minimal BB",
                    "45 %",
                    extra={"Satuan": "%", _KA: "20 %"},
                ),
                Ind(
                    "Nilai evaluasi pelaksanaan Reformasi Birokrasi Pemerintah Kabupaten Garut",
                    "BB",
                    extra={"Satuan": "Predikat", _KA: "B"},
                ),
                Ind(
                    "Persentase perangkat daerah yang telah menyusun dan melaksanakan rencana aksi Zona Integritas",
                    "75 %",
                    extra={"Satuan": "%", _KA: "40 %"},
                ),
            ],
            no="4",
        ),
        Sas(
            "Meningkatnya penerapan sistem pengendalian intern pemerintah",
            [
                Ind(
                    "Tingkat maturitas penyelenggaraan SPIP Pemerintah Kabupaten Garut",
                    "Level 3",
                    extra={"Satuan": "Level", _KA: "Level 2"},
                ),
                Ind(
                    "Persentase perangkat daerah yang telah menerapkan manajemen risiko",
                    "75 %",
                    extra={"Satuan": "%", _KA: "10 %"},
                    pages=[2],  # under the repeated header; the No and Sasaran cells continue empty
                ),
            ],
            no="5",
        ),
        Sas(
            "Meningkatnya kapabilitas aparat pengawasan intern pemerintah",
            [
                Ind("Level kapabilitas APIP", "Level 3", extra={"Satuan": "Level", _KA: "Level 2"}),
                Ind(
                    "Jumlah auditor dan Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah bersertifikasi",
                    "93 orang",
                    extra={"Satuan": "Orang", _KA: "62 orang"},
                ),
                Ind(
                    "Jumlah penugasan pengawasan berbasis risiko",
                    "24 kali",
                    extra={"Satuan": "Penugasan", _KA: "18 kali"},
                ),
            ],
            no="6",
            pages=[2],
        ),
    ],
    sign=Sign(
        place="Garut",
        date=dt.date(2024, 1, 8),
        position="INSPEKTUR DAERAH KABUPATEN GARUT",
        name="Drs. ASEP SUPRIATNA, M.Si.",
        nip="19700415 199203 1 005",
        lines=[
            "Garut, 8 Januari 2024",
            "INSPEKTUR DAERAH",
            "KABUPATEN GARUT",
            "",
            "",
            "",
            "Drs. ASEP SUPRIATNA, M.Si.",
            "Pembina Utama Muda",
            "NIP. 19700415 199203 1 005",
        ],
    ),
)

_ANG = "Anggaran\n(Rp)"

BAPENDA = Sample(
    stem="rl-bapenda-surakarta-rkt-2024",
    producer="reportlab",
    title=["RENCANA KINERJA TAHUNAN (RKT) TAHUN 2024", "BADAN PENDAPATAN DAERAH KOTA SURAKARTA"],
    agency="BADAN PENDAPATAN DAERAH KOTA SURAKARTA",
    year=2024,
    size=10,
    borderless_header=True,
    cols=[
        Col("Sasaran", "sasaran", 5.2),
        Col("Indikator Kinerja", "indikator", 7.2),
        Col("Target", "target", 2.9),
        Col("Kegiatan", "kegiatan", 7.3),
        Col(_ANG, "extra", 3.1),
    ],
    sasaran=[
        Sas(
            "Meningkatnya pendapatan asli daerah",
            [
                Ind(
                    "Realisasi penerimaan Pendapatan Asli Daerah (dalam ribuan rupiah)",
                    "Rp 1.234.567",
                    [("- Pendataan dan pendaftaran objek pajak daerah", "- Penetapan dan penagihan pajak daerah")],
                    extra={_ANG: "2.350.000.000"},
                ),
                Ind(
                    "Persentase kenaikan penerimaan pajak daerah dibandingkan tahun sebelumnya",
                    "12,50 %",
                    [("- Intensifikasi dan ekstensifikasi pajak daerah", "- Pemutakhiran basis data wajib pajak")],
                    extra={_ANG: "1.125.500.000"},
                ),
            ],
        ),
        Sas(
            "Meningkatnya kepatuhan wajib pajak daerah",
            [
                Ind(
                    "Persentase wajib pajak yang melaporkan pajak secara elektronik melalui aplikasi e-\nSPTPD",
                    "70 %",
                    [("• Pengembangan aplikasi pelaporan pajak daerah", "• Pendampingan wajib pajak hotel, restoran dan hiburan")],
                    extra={_ANG: "845.000.000"},
                ),
                Ind(
                    "Persentase tunggakan pajak daerah yang tertagih",
                    "35 %",
                    [("• Penagihan aktif tunggakan pajak daerah", "• Penerbitan surat teguran dan surat paksa")],
                    extra={_ANG: "512.750.000"},
                ),
                Ind(
                    "Jumlah kegiatan penyuluhan dan sosialisasi pajak daerah",
                    "24 kali",
                    ["Penyuluhan dan sosialisasi pajak daerah kepada masyarakat dan pelaku usaha"],
                    extra={_ANG: "310.000.000"},
                ),
            ],
        ),
        Sas(
            "Meningkatnya kualitas perencanaan, penganggaran dan pelaporan kinerja Badan Pendapatan Daerah",
            [
                Ind(
                    "Persentase dokumen perencanaan dan penganggaran yang disusun tepat waktu",
                    "100%",
                    [("- Penyusunan Rencana Kerja dan Rencana Kerja Anggaran", "- Penyusunan Perjanjian Kinerja")],
                    extra={_ANG: "185.000.000"},
                ),
                Ind(
                    "Nilai evaluasi akuntabilitas kinerja internal Badan Pendapatan Daerah",
                    "BB",
                    ["Penyusunan Laporan Kinerja Instansi Pemerintah dan evaluasi kinerja triwulanan"],
                    extra={_ANG: "120.000.000"},
                ),
            ],
        ),
        Sas(
            "Meningkatnya kualitas regulasi dan pelayanan pajak daerah",
            [
                Ind(
                    "Persentase regulasi pajak daerah yang disusun sesuai ketentuan peraturan perundang-\nundangan",
                    "100%",
                    ["Penyusunan rancangan peraturan daerah dan peraturan wali kota tentang pajak daerah"],
                    extra={_ANG: "275.000.000"},
                ),
                Ind(
                    "Indeks kepuasan masyarakat terhadap layanan pajak daerah",
                    "A",
                    [("- Survei kepuasan masyarakat", "- Pengelolaan pengaduan layanan pajak daerah")],
                    extra={_ANG: "150.000.000"},
                ),
                Ind(
                    "Jumlah laporan pengelolaan pendapatan daerah yang disusun tepat waktu",
                    "12 laporan",
                    ["Penyusunan laporan bulanan realisasi pendapatan daerah"],
                    extra={_ANG: "95.000.000"},
                    pages=[2],  # under the repeated borderless header; the sasaran cell continues empty
                ),
            ],
        ),
    ],
    sign=Sign(
        place="Surakarta",
        date=dt.date(2024, 1, 4),
        position="KEPALA BADAN PENDAPATAN DAERAH KOTA SURAKARTA",
        name="Dra. SRI WAHYUNINGSIH, M.M.",
        nip="19680921 199403 2 008",
        lines=[
            "Surakarta, 4 Januari 2024",
            "KEPALA BADAN PENDAPATAN DAERAH",
            "KOTA SURAKARTA",
            "",
            "",
            "",
            "Dra. SRI WAHYUNINGSIH, M.M.",
            "Pembina Utama Muda",
            "NIP. 19680921 199403 2 008",
        ],
    ),
)

KECAMATAN = Sample(
    stem="rl-kecamatan-cibeunying-kidul-rkt-2024",
    producer="reportlab",
    title=["RENCANA KINERJA TAHUNAN (RKT)", "KECAMATAN CIBEUNYING KIDUL KOTA BANDUNG TAHUN 2024"],
    agency="KECAMATAN CIBEUNYING KIDUL KOTA BANDUNG",
    year=2024,
    landscape=False,
    size=9,
    rules="lines",
    margins_cm=(2.0, 1.8, 2.0, 2.0),
    cols=[
        Col("Sasaran Kinerja", "sasaran", 4.3),
        Col("Indikator Kinerja", "indikator", 5.6),
        Col("Target", "target", 2.2),
        Col("Kegiatan", "kegiatan", 5.1),
    ],
    sasaran=[
        Sas(
            "Meningkatnya kualitas pelayanan administrasi terpadu kecamatan",
            [
                Ind(
                    "Persentase layanan administrasi terpadu kecamatan yang diselesaikan tepat waktu",
                    "97 %",
                    ["Penyelenggaraan Pelayanan Administrasi Terpadu Kecamatan (PATEN)"],
                ),
                Ind(
                    "Standar operasional prosedur pelayanan kecamatan",
                    "Tersusun dan ditetapkan",
                    ["Penyusunan dan penetapan standar operasional prosedur pelayanan"],
                ),
            ],
        ),
        Sas(
            "Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan kelurahan",
            [
                Ind(
                    "Jumlah musyawarah perencanaan pembangunan tingkat kelurahan yang difasilitasi",
                    "6 kali",
                    ["Fasilitasi Musrenbang kelurahan dan Musrenbang kecamatan"],
                ),
                Ind(
                    "Persentase usulan masyarakat yang diakomodasi dalam Rencana Kerja Kecamatan",
                    "40 %",
                    ["Koordinasi perencanaan dan penganggaran pembangunan kewilayahan"],
                ),
            ],
        ),
        Sas(
            "Terwujudnya ketenteraman dan ketertiban umum di wilayah kecamatan",
            [
                Ind(
                    "Persentase penanganan gangguan ketenteraman dan ketertiban umum",
                    "100%",
                    ["Koordinasi penyelenggaraan ketenteraman dan ketertiban umum bersama unsur Forkopimcam"],
                ),
                Ind(
                    "Jumlah warga yang mengikuti pelatihan siaga bencana",
                    "1.250 orang",
                    ["Pembinaan dan pelatihan masyarakat siaga bencana tingkat kelurahan"],
                ),
            ],
        ),
        Sas(
            "Meningkatnya akuntabilitas kinerja kecamatan",
            [
                Ind(
                    "Nilai evaluasi akuntabilitas kinerja perangkat daerah",
                    "BB",
                    ["Penyusunan dokumen perencanaan, pengukuran dan pelaporan kinerja kecamatan"],
                ),
            ],
        ),
    ],
    sign=Sign(
        place="Bandung",
        date=dt.date(2024, 1, 2),
        position="CAMAT CIBEUNYING KIDUL",
        name="RUDI HERMAWAN, S.STP., M.Si.",
        nip="19800512 200501 1 009",
        lines=[
            "Bandung, 2 Januari 2024",
            "CAMAT CIBEUNYING KIDUL",
            "",
            "",
            "",
            "RUDI HERMAWAN, S.STP., M.Si.",
            "Penata Tingkat I",
            "NIP. 19800512 200501 1 009",
        ],
    ),
)

SAMPLES = [KPU_ALOR, DISHUB, DINKES_PK, BKPSDM, INSPEKTORAT, BAPENDA, KECAMATAN]
HEADER_RULES_TWIN = INSPEKTORAT.stem  # its twin with rules at the header and the table bottom only
# Without borders LibreOffice fits more rows on a page; a larger bottom margin keeps the
# sample's page breaks (and so its expected pages).
TWIN_MARGINS = {DISHUB.stem: (2.0, 2.0, 1.8, 3.6)}
