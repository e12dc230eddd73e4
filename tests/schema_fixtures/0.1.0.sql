-- ZYDesk 0.1.0: the schema as released (Alembic heads tolerance_0001, ranking_0001, printing_0001,
-- excellent_0001, adjustment_0001) with a small fictitious demo county (30 units, 150 cadres, 2024–2025).
-- PRAGMA application_id = 1515799627 (set by the test). Kept as SQL, not as a binary database file.
BEGIN TRANSACTION;
CREATE TABLE adj_determination (
	id INTEGER NOT NULL, 
	date DATE NOT NULL, 
	unit_id INTEGER, 
	article INTEGER NOT NULL, 
	item INTEGER, 
	kind VARCHAR(10) NOT NULL, 
	description TEXT NOT NULL, 
	source VARCHAR(120) NOT NULL, 
	tolerance_case VARCHAR(40), 
	fraud BOOLEAN NOT NULL, 
	fraud_note TEXT, 
	CONSTRAINT pk_adj_determination PRIMARY KEY (id), 
	CONSTRAINT fk_adj_determination_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id)
);
INSERT INTO "adj_determination" VALUES(1,'2025-03-12',1,10,1,'环保通报','辖区企业超标排放被通报','安环通〔2025〕1号',NULL,0,NULL);
INSERT INTO "adj_determination" VALUES(2,'2025-06-12',1,10,1,'环保通报','辖区企业超标排放被通报','安环通〔2025〕2号',NULL,0,NULL);
INSERT INTO "adj_determination" VALUES(3,'2025-09-12',1,10,1,'环保通报','辖区企业超标排放被通报','安环通〔2025〕3号',NULL,0,NULL);
INSERT INTO "adj_determination" VALUES(4,'2025-04-20',2,10,1,'环保通报','河道非法采砂被通报','安环通〔2025〕4号',NULL,0,NULL);
INSERT INTO "adj_determination" VALUES(5,'2025-08-20',2,10,1,'环保通报','河道非法采砂被通报','安环通〔2025〕5号',NULL,0,NULL);
INSERT INTO "adj_determination" VALUES(6,'2025-05-06',3,11,1,'认定','一起重大道路运输安全生产责任事故','紫安委〔2025〕7号',NULL,0,NULL);
INSERT INTO "adj_determination" VALUES(7,'2024-11-30',4,12,3,'认定','被市综治委确定为社会治安综合治理重点整顿单位','安综治〔2024〕12号',NULL,0,NULL);
INSERT INTO "adj_determination" VALUES(8,'2025-11-30',4,12,3,'认定','被市综治委确定为社会治安综合治理重点整顿单位','安综治〔2025〕12号',NULL,0,NULL);
INSERT INTO "adj_determination" VALUES(9,'2025-10-15',5,17,6,'认定','诫勉后仍庸懒散拖，群众意见较大','紫组认〔2025〕3号',NULL,0,NULL);
INSERT INTO "adj_determination" VALUES(10,'2025-10-16',6,17,6,'认定','为官不为，干部群众意见较大','紫组认〔2025〕4号',NULL,0,NULL);
CREATE TABLE adj_determination_cadre (
	id INTEGER NOT NULL, 
	determination_id INTEGER NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	role VARCHAR(10) NOT NULL, 
	CONSTRAINT pk_adj_determination_cadre PRIMARY KEY (id), 
	CONSTRAINT fk_adj_determination_cadre_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE, 
	CONSTRAINT fk_adj_determination_cadre_determination_id_adj_determination FOREIGN KEY(determination_id) REFERENCES adj_determination (id) ON DELETE CASCADE, 
	CONSTRAINT uq_adj_determination_cadre_determination_id_cadre_id UNIQUE (determination_id, cadre_id)
);
INSERT INTO "adj_determination_cadre" VALUES(1,1,1,'主要负责人');
INSERT INTO "adj_determination_cadre" VALUES(2,2,1,'主要负责人');
INSERT INTO "adj_determination_cadre" VALUES(3,3,1,'主要负责人');
INSERT INTO "adj_determination_cadre" VALUES(4,4,9,'主要负责人');
INSERT INTO "adj_determination_cadre" VALUES(5,5,9,'主要负责人');
INSERT INTO "adj_determination_cadre" VALUES(6,6,17,'主要负责人');
INSERT INTO "adj_determination_cadre" VALUES(7,6,19,'分管领导');
INSERT INTO "adj_determination_cadre" VALUES(8,7,23,'主要负责人');
INSERT INTO "adj_determination_cadre" VALUES(9,8,23,'主要负责人');
INSERT INTO "adj_determination_cadre" VALUES(10,9,30,'相关责任人');
INSERT INTO "adj_determination_cadre" VALUES(11,10,36,'相关责任人');
CREATE TABLE adj_health (
	id INTEGER NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	start_date DATE NOT NULL, 
	end_date DATE, 
	note TEXT NOT NULL, 
	CONSTRAINT pk_adj_health PRIMARY KEY (id), 
	CONSTRAINT fk_adj_health_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE
);
INSERT INTO "adj_health" VALUES(1,117,'2024-06-01',NULL,'住院治疗');
CREATE TABLE adj_key_task_rank (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	task VARCHAR(80) NOT NULL, 
	unit_id INTEGER NOT NULL, 
	city_rank INTEGER NOT NULL, 
	city_count INTEGER NOT NULL, 
	leader_id INTEGER, 
	CONSTRAINT pk_adj_key_task_rank PRIMARY KEY (id), 
	CONSTRAINT fk_adj_key_task_rank_leader_id_cadre FOREIGN KEY(leader_id) REFERENCES cadre (id) ON DELETE SET NULL, 
	CONSTRAINT fk_adj_key_task_rank_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id), 
	CONSTRAINT uq_adj_key_task_rank_year_task_unit_id UNIQUE (year, task, unit_id)
);
INSERT INTO "adj_key_task_rank" VALUES(1,2024,'项目建设',18,10,10,115);
INSERT INTO "adj_key_task_rank" VALUES(2,2024,'招商引资',19,3,10,117);
INSERT INTO "adj_key_task_rank" VALUES(3,2024,'脱贫攻坚',20,6,10,120);
INSERT INTO "adj_key_task_rank" VALUES(4,2024,'生态环保',21,2,10,122);
INSERT INTO "adj_key_task_rank" VALUES(5,2024,'安全生产',22,8,10,125);
INSERT INTO "adj_key_task_rank" VALUES(6,2024,'文明创建',23,3,10,128);
INSERT INTO "adj_key_task_rank" VALUES(7,2025,'项目建设',18,10,10,115);
INSERT INTO "adj_key_task_rank" VALUES(8,2025,'招商引资',19,1,10,117);
INSERT INTO "adj_key_task_rank" VALUES(9,2025,'脱贫攻坚',20,9,10,120);
INSERT INTO "adj_key_task_rank" VALUES(10,2025,'生态环保',21,3,10,122);
INSERT INTO "adj_key_task_rank" VALUES(11,2025,'安全生产',22,3,10,125);
INSERT INTO "adj_key_task_rank" VALUES(12,2025,'文明创建',23,8,10,128);
CREATE TABLE adj_leader_assignment (
	id INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	work VARCHAR(80) NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	CONSTRAINT pk_adj_leader_assignment PRIMARY KEY (id), 
	CONSTRAINT fk_adj_leader_assignment_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE, 
	CONSTRAINT fk_adj_leader_assignment_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id), 
	CONSTRAINT uq_adj_leader_assignment_unit_id_work UNIQUE (unit_id, work)
);
INSERT INTO "adj_leader_assignment" VALUES(1,23,'一般公共预算收入增速',128);
INSERT INTO "adj_leader_assignment" VALUES(2,22,'农村居民人均可支配收入增速',125);
INSERT INTO "adj_leader_assignment" VALUES(3,19,'固定资产投资增速',117);
INSERT INTO "adj_leader_assignment" VALUES(4,18,'地区生产总值增速',115);
INSERT INTO "adj_leader_assignment" VALUES(5,21,'城镇居民人均可支配收入增速',122);
INSERT INTO "adj_leader_assignment" VALUES(6,25,'招商引资到位资金',134);
INSERT INTO "adj_leader_assignment" VALUES(7,26,'森林覆盖率',137);
INSERT INTO "adj_leader_assignment" VALUES(8,20,'社会消费品零售总额增速',120);
INSERT INTO "adj_leader_assignment" VALUES(9,27,'空气质量优良天数',140);
INSERT INTO "adj_leader_assignment" VALUES(10,24,'规模以上工业增加值增速',130);
CREATE TABLE adj_poverty (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	grade VARCHAR(4), 
	task_done BOOLEAN, 
	id_accuracy NUMERIC(6, 2), 
	exit_accuracy NUMERIC(6, 2), 
	satisfaction NUMERIC(6, 2), 
	fraud BOOLEAN NOT NULL, 
	CONSTRAINT pk_adj_poverty PRIMARY KEY (id), 
	CONSTRAINT fk_adj_poverty_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id), 
	CONSTRAINT uq_adj_poverty_year_unit_id_kind UNIQUE (year, unit_id, kind)
);
INSERT INTO "adj_poverty" VALUES(1,2024,1,'镇扶贫绩效考核','好',1,94.8,98.1,98.3,0);
INSERT INTO "adj_poverty" VALUES(2,2024,2,'镇扶贫绩效考核','好',1,95.6,93.8,87.7,0);
INSERT INTO "adj_poverty" VALUES(3,2024,3,'镇扶贫绩效考核','好',1,95.2,96.1,91.5,0);
INSERT INTO "adj_poverty" VALUES(4,2024,4,'镇扶贫绩效考核','较好',1,98.6,95.4,98.4,0);
INSERT INTO "adj_poverty" VALUES(5,2024,5,'镇扶贫绩效考核','较好',1,96.1,97.1,87.8,0);
INSERT INTO "adj_poverty" VALUES(6,2024,6,'镇扶贫绩效考核','好',1,97.6,98.7,92,0);
INSERT INTO "adj_poverty" VALUES(7,2024,7,'镇扶贫绩效考核','好',1,98.2,97.2,92,0);
INSERT INTO "adj_poverty" VALUES(8,2024,8,'镇扶贫绩效考核','一般',1,97,99.9,95.8,0);
INSERT INTO "adj_poverty" VALUES(9,2024,9,'镇扶贫绩效考核','好',1,99.2,98,92.5,0);
INSERT INTO "adj_poverty" VALUES(10,2024,10,'镇扶贫绩效考核','较好',1,97.3,97.6,88.4,0);
INSERT INTO "adj_poverty" VALUES(11,2024,11,'镇扶贫绩效考核','较好',1,98.5,94.7,89.3,0);
INSERT INTO "adj_poverty" VALUES(12,2024,12,'镇扶贫绩效考核','较好',1,95.6,95.2,85.6,0);
INSERT INTO "adj_poverty" VALUES(13,2024,13,'镇扶贫绩效考核','好',1,96.4,93,92.5,0);
INSERT INTO "adj_poverty" VALUES(14,2024,14,'镇扶贫绩效考核','较好',1,97.9,96.7,90.3,0);
INSERT INTO "adj_poverty" VALUES(15,2024,15,'镇扶贫绩效考核','较好',1,96.9,93.8,89.4,0);
INSERT INTO "adj_poverty" VALUES(16,2024,16,'镇扶贫绩效考核','好',1,96.2,99.8,98.2,0);
INSERT INTO "adj_poverty" VALUES(17,2024,17,'镇扶贫绩效考核','较好',1,99.1,93.7,93.8,0);
INSERT INTO "adj_poverty" VALUES(18,2025,1,'镇扶贫绩效考核','好',1,93.2,98.3,95.7,0);
INSERT INTO "adj_poverty" VALUES(19,2025,2,'镇扶贫绩效考核','较好',1,97.2,95.2,85.3,0);
INSERT INTO "adj_poverty" VALUES(20,2025,3,'镇扶贫绩效考核','较好',1,93.4,99.8,96.8,0);
INSERT INTO "adj_poverty" VALUES(21,2025,4,'镇扶贫绩效考核','较好',1,93.4,97,88.7,0);
INSERT INTO "adj_poverty" VALUES(22,2025,5,'镇扶贫绩效考核','较好',1,89.9,95.7,85.3,0);
INSERT INTO "adj_poverty" VALUES(23,2025,6,'镇扶贫绩效考核','较好',1,90,96.3,98.5,0);
INSERT INTO "adj_poverty" VALUES(24,2025,7,'镇扶贫绩效考核','较差',1,96.2,97.1,96,0);
INSERT INTO "adj_poverty" VALUES(25,2025,8,'镇扶贫绩效考核','一般',1,97,99,96.8,0);
INSERT INTO "adj_poverty" VALUES(26,2025,9,'镇扶贫绩效考核','好',1,96.7,98.4,98.2,0);
INSERT INTO "adj_poverty" VALUES(27,2025,10,'镇扶贫绩效考核','好',1,94.1,94.6,87.4,0);
INSERT INTO "adj_poverty" VALUES(28,2025,11,'镇扶贫绩效考核','好',1,94.5,96.2,97.2,0);
INSERT INTO "adj_poverty" VALUES(29,2025,12,'镇扶贫绩效考核','好',1,95.8,99,97.6,0);
INSERT INTO "adj_poverty" VALUES(30,2025,13,'镇扶贫绩效考核','好',1,97.7,97.8,94.7,0);
INSERT INTO "adj_poverty" VALUES(31,2025,14,'镇扶贫绩效考核','好',1,95.8,96.4,88.6,0);
INSERT INTO "adj_poverty" VALUES(32,2025,15,'镇扶贫绩效考核','好',1,97.7,93.7,89.3,0);
INSERT INTO "adj_poverty" VALUES(33,2025,16,'镇扶贫绩效考核','好',1,93.2,95.4,94.5,0);
INSERT INTO "adj_poverty" VALUES(34,2025,17,'镇扶贫绩效考核','好',1,99.2,98.1,87.8,0);
CREATE TABLE adj_proposal (
	id INTEGER NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	post_id INTEGER, 
	case_kind VARCHAR(20) NOT NULL, 
	year INTEGER NOT NULL, 
	findings JSON NOT NULL, 
	methods_allowed JSON NOT NULL, 
	proposed_method VARCHAR(20), 
	dual_managed BOOLEAN NOT NULL, 
	arrangement TEXT, 
	status VARCHAR(10) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_adj_proposal PRIMARY KEY (id), 
	CONSTRAINT fk_adj_proposal_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE, 
	CONSTRAINT fk_adj_proposal_post_id_post FOREIGN KEY(post_id) REFERENCES post (id) ON DELETE SET NULL, 
	CONSTRAINT fk_adj_proposal_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id)
);
CREATE TABLE adj_proposal_step (
	id INTEGER NOT NULL, 
	proposal_id INTEGER NOT NULL, 
	step VARCHAR(10) NOT NULL, 
	date DATE NOT NULL, 
	data JSON NOT NULL, 
	"by" VARCHAR(60) NOT NULL, 
	CONSTRAINT pk_adj_proposal_step PRIMARY KEY (id), 
	CONSTRAINT fk_adj_proposal_step_proposal_id_adj_proposal FOREIGN KEY(proposal_id) REFERENCES adj_proposal (id) ON DELETE CASCADE, 
	CONSTRAINT uq_adj_proposal_step_proposal_id_step UNIQUE (proposal_id, step)
);
CREATE TABLE adj_request (
	id INTEGER NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	date DATE NOT NULL, 
	request VARCHAR(20) NOT NULL, 
	note TEXT NOT NULL, 
	CONSTRAINT pk_adj_request PRIMARY KEY (id), 
	CONSTRAINT fk_adj_request_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE
);
INSERT INTO "adj_request" VALUES(1,120,'2025-07-01','转任非领导职务','本人书面申请');
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('tolerance_0001');
INSERT INTO "alembic_version" VALUES('ranking_0001');
INSERT INTO "alembic_version" VALUES('printing_0001');
INSERT INTO "alembic_version" VALUES('excellent_0001');
INSERT INTO "alembic_version" VALUES('adjustment_0001');
CREATE TABLE appraisal (
	id INTEGER NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	grade VARCHAR(10) NOT NULL, 
	note TEXT, 
	CONSTRAINT pk_appraisal PRIMARY KEY (id), 
	CONSTRAINT fk_appraisal_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE, 
	CONSTRAINT uq_appraisal_cadre_id_year UNIQUE (cadre_id, year)
);
INSERT INTO "appraisal" VALUES(1,1,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(2,1,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(3,2,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(4,2,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(5,3,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(6,3,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(7,4,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(8,4,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(9,5,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(10,5,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(11,6,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(12,6,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(13,7,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(14,7,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(15,8,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(16,8,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(17,9,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(18,9,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(19,10,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(20,10,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(21,11,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(22,11,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(23,12,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(24,12,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(25,13,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(26,13,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(27,14,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(28,14,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(29,15,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(30,15,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(31,16,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(32,16,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(33,17,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(34,17,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(35,18,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(36,18,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(37,19,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(38,19,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(39,20,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(40,20,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(41,21,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(42,21,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(43,22,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(44,22,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(45,23,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(46,23,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(47,24,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(48,24,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(49,25,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(50,25,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(51,26,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(52,26,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(53,27,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(54,27,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(55,28,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(56,28,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(57,29,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(58,29,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(59,30,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(60,30,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(61,31,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(62,31,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(63,32,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(64,32,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(65,33,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(66,33,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(67,34,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(68,34,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(69,35,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(70,35,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(71,36,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(72,36,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(73,37,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(74,37,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(75,38,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(76,38,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(77,39,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(78,39,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(79,40,2024,'不称职',NULL);
INSERT INTO "appraisal" VALUES(80,40,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(81,41,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(82,41,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(83,42,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(84,42,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(85,43,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(86,43,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(87,44,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(88,44,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(89,45,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(90,45,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(91,46,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(92,46,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(93,47,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(94,47,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(95,48,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(96,48,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(97,49,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(98,49,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(99,50,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(100,50,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(101,51,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(102,51,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(103,52,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(104,52,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(105,53,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(106,53,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(107,54,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(108,54,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(109,55,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(110,55,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(111,56,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(112,56,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(113,57,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(114,57,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(115,58,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(116,58,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(117,59,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(118,59,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(119,60,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(120,60,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(121,61,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(122,61,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(123,62,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(124,62,2025,'基本称职',NULL);
INSERT INTO "appraisal" VALUES(125,63,2024,'基本称职',NULL);
INSERT INTO "appraisal" VALUES(126,63,2025,'基本称职',NULL);
INSERT INTO "appraisal" VALUES(127,64,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(128,64,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(129,65,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(130,65,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(131,66,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(132,66,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(133,67,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(134,67,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(135,68,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(136,68,2025,'不称职',NULL);
INSERT INTO "appraisal" VALUES(137,69,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(138,69,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(139,70,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(140,70,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(141,71,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(142,71,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(143,72,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(144,72,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(145,73,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(146,73,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(147,74,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(148,74,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(149,75,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(150,75,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(151,76,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(152,76,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(153,77,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(154,77,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(155,78,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(156,78,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(157,79,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(158,79,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(159,80,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(160,80,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(161,81,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(162,81,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(163,82,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(164,82,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(165,83,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(166,83,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(167,84,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(168,84,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(169,85,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(170,85,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(171,86,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(172,86,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(173,87,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(174,87,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(175,88,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(176,88,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(177,89,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(178,89,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(179,90,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(180,90,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(181,91,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(182,91,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(183,92,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(184,92,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(185,93,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(186,93,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(187,94,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(188,94,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(189,95,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(190,95,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(191,96,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(192,96,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(193,97,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(194,97,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(195,98,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(196,98,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(197,99,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(198,99,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(199,100,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(200,100,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(201,101,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(202,101,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(203,102,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(204,102,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(205,103,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(206,103,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(207,104,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(208,104,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(209,105,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(210,105,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(211,106,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(212,106,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(213,107,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(214,107,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(215,108,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(216,108,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(217,109,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(218,109,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(219,110,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(220,110,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(221,111,2024,'基本称职',NULL);
INSERT INTO "appraisal" VALUES(222,111,2025,'基本称职',NULL);
INSERT INTO "appraisal" VALUES(223,112,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(224,112,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(225,113,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(226,113,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(227,114,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(228,114,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(229,115,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(230,115,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(231,116,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(232,116,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(233,117,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(234,117,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(235,118,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(236,118,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(237,119,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(238,119,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(239,120,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(240,120,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(241,121,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(242,121,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(243,122,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(244,122,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(245,123,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(246,123,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(247,124,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(248,124,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(249,125,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(250,125,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(251,126,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(252,126,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(253,127,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(254,127,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(255,128,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(256,128,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(257,129,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(258,129,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(259,130,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(260,130,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(261,131,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(262,131,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(263,132,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(264,132,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(265,133,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(266,133,2025,'不称职',NULL);
INSERT INTO "appraisal" VALUES(267,134,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(268,134,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(269,135,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(270,135,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(271,136,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(272,136,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(273,137,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(274,137,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(275,138,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(276,138,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(277,139,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(278,139,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(279,140,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(280,140,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(281,141,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(282,141,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(283,142,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(284,142,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(285,143,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(286,143,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(287,144,2024,'基本称职',NULL);
INSERT INTO "appraisal" VALUES(288,144,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(289,145,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(290,145,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(291,146,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(292,146,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(293,147,2024,'优秀',NULL);
INSERT INTO "appraisal" VALUES(294,147,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(295,148,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(296,148,2025,'称职',NULL);
INSERT INTO "appraisal" VALUES(297,149,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(298,149,2025,'优秀',NULL);
INSERT INTO "appraisal" VALUES(299,150,2024,'称职',NULL);
INSERT INTO "appraisal" VALUES(300,150,2025,'称职',NULL);
CREATE TABLE audit_entry (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	user VARCHAR(60) NOT NULL, 
	action VARCHAR(60) NOT NULL, 
	object_type VARCHAR(40) NOT NULL, 
	object_id VARCHAR(60), 
	"before" JSON, 
	"after" JSON, 
	CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
INSERT INTO "audit_entry" VALUES(1,'2026-12-04 18:48:57.266767','演示','填入演示数据','演示数据',NULL,'null','{"\u89c4\u6a21": {"units": 30, "cadres": 150, "first_year": 2024, "last_year": 2025}, "\u79cd\u5b50": 2016, "\u6570\u91cf": {"\u5355\u4f4d": 30, "\u5e72\u90e8": 150, "\u4efb\u804c\u8bb0\u5f55": 223, "\u5e74\u5ea6\u8003\u6838": 300, "\u6c11\u4e3b\u6d4b\u8bc4": 541, "\u76ee\u6807\u8d23\u4efb\u8003\u6838": 60, "\u8868\u5f70": 23, "\u5904\u5206\u548c\u7ec4\u7ec7\u5904\u7406": 3, "\u76d1\u6d4b\u8003\u8bc4\u6307\u6807": 20, "\u8d23\u4efb\u8ba4\u5b9a": 10, "\u6276\u8d2b\u7ee9\u6548\u8003\u6838": 34, "\u5bb9\u9519\u6848\u4ef6": 8}, "\u7279\u610f\u8bbe\u7f6e\u7684\u60c5\u5f62": ["2025\u5e74\u5ea6\u8003\u6838\u4e0d\u79f0\u804c\uff1a\u9ad8\u6ee9\u9547\u7eaa\u59d4\u4e66\u8bb0\u738b\u65ed", "2024\u20142025\u5e74\u8fde\u7eed\u57fa\u672c\u79f0\u804c\uff1a\u7ea2\u693f\u9547\u7eaa\u59d4\u4e66\u8bb0\u5f20\u4fca\u3001\u754c\u5cad\u9547\u4eba\u5927\u4e3b\u5e2d\u674e\u5f6c\u950b", "2025\u5e74\u73ed\u5b50\u6d4b\u8bc4\u597d\u548c\u8f83\u597d\u8fbe\u4e0d\u5230\u4e09\u5206\u4e4b\u4e8c\uff1a\u9ad8\u6ee9\u9547\uff0829/45\uff09\uff1b\u6070\u4e3a\u4e09\u5206\u4e4b\u4e8c\uff1a\u53bf\u59d4\u5ba3\u4f20\u90e8\uff0820/30\uff09", "2024\u5e74\u73ed\u5b50\u6d4b\u8bc4\u5dee\u7968\u8d85\u8fc7\u4e09\u5206\u4e4b\u4e00\uff1a\u4e1c\u6728\u9547\uff0814/36\uff09\uff1b\u6070\u4e3a\u4e09\u5206\u4e4b\u4e00\uff1a\u53bf\u59d4\u7f16\u529e\uff0810/30\uff09", "2025\u5e74\u4e2a\u4eba\u6d4b\u8bc4\u57fa\u672c\u79f0\u804c\u548c\u4e0d\u79f0\u804c30%\u4e14\u4e0d\u79f0\u804c\u8d85\u8fc715%\uff1a\u7ea2\u693f\u9547\u4eba\u5927\u4e3b\u5e2d\u9093\u9633\uff1b\u4e0d\u79f0\u804c\u6070\u4e3a15%\uff1a\u5411\u9633\u9547\u515a\u59d4\u526f\u4e66\u8bb0\u5f6d\u5c71\u677e", "2024\u20142025\u5e74\u9886\u5bfc\u5e72\u90e8\u5927\u4f1a\u6d4b\u8bc4\u8fde\u7eed\u4e24\u6b21\u672b\u4f4d\uff1a\u6bdb\u575d\u9547\u515a\u59d4\u4e66\u8bb0\u675c\u5f6c\u65ed", "2024\u20142025\u5e74\u9886\u5bfc\u5e72\u90e8\u5927\u4f1a\u6d4b\u8bc4\u8fde\u7eed\u4e24\u6b21\u672b\u4f4d\uff1a\u53bf\u7eaa\u59d4\u76d1\u59d4\u673a\u5173\u7eaa\u59d4\u526f\u4e66\u8bb0\u3001\u76d1\u59d4\u526f\u4e3b\u4efb\u738b\u6cfd\u6770", "\u7b2c\u5341\u6761\u7b2c\uff08\u4e00\uff09\u9879\uff1a\u57ce\u5173\u95472025\u5e74\u73af\u4fdd\u901a\u62a53\u6b21\uff08\u6784\u6210\uff09\uff0c\u84bf\u576a\u95472\u6b21\uff08\u4e0d\u6784\u6210\uff09", "\u7b2c\u5341\u4e00\u6761\u7b2c\uff08\u4e00\uff09\u9879\uff1a\u6c49\u738b\u9547\u91cd\u5927\u5b89\u5168\u751f\u4ea7\u8d23\u4efb\u4e8b\u6545", "\u7b2c\u5341\u4e8c\u6761\u7b2c\uff08\u4e09\uff09\u9879\uff1a\u7115\u53e4\u9547\u8fde\u7eed\u4e24\u5e74\u91cd\u70b9\u6574\u987f", "\u7b2c\u5341\u4e03\u6761\uff1a\u9ec4\u6167\u7490\uff08\u6b64\u524d\u8beb\u52c9\uff0c\u5e94\u8c03\u6574\uff09\u3001\u5b59\u5b8f\uff08\u65e0\u5728\u5148\u5904\u7406\uff0c\u5e94\u5148\u63d0\u9192\uff09", "\u7b2c\u4e5d\u6761\uff1a\u6d04\u6c34\u9547\u8f83\u5dee\uff1b\u53cc\u6865\u9547\u8fde\u7eed\u4e24\u5e74\u4e00\u822c\uff1b\u5411\u9633\u9547\u8bc6\u522b\u51c6\u786e\u738789.9%\uff08\u6d1e\u6cb3\u9547\u6070\u4e3a90%\uff0c\u4e0d\u6784\u6210\uff09", "\u7b2c\u4e03\u6761\u7b2c\uff08\u4e94\uff09\u9879\uff1a\u53bf\u7eaa\u59d4\u76d1\u59d4\u673a\u5173\u201c\u9879\u76ee\u5efa\u8bbe\u201d\u8fde\u7eed\u4e24\u5e74\u5168\u5e02\u672b\u4f4d", "\u5bb9\u9519\u7ea0\u9519\uff1a\u7d2b\u5bb9\u30142025\u30151\u53f7 \u5bb9\u9519\u514d\u8d23\uff08\u5df2\u516c\u5f00\uff09\uff0c\u7d2b\u5bb9\u30142025\u30152\u53f7 \u5bb9\u9519\u51cf\u8d23\uff08\u4ece\u8f7b\uff0c\u5f71\u54cd\u671f6\u4e2a\u6708\uff09", "\u5bb9\u9519\u7ea0\u9519\uff1a\u7b2c\u4e03\u6761\u5931\u804c\u6e0e\u804c\u2192\u4e0d\u4e88\u5bb9\u9519\uff1b2016\u5e74\u5df2\u5904\u7406\u5b8c\u6bd5\u7684\u95ee\u8d23\u2192\u7b2c\u5341\u516d\u6761\u4e0d\u4e88\u53d7\u7406", "\u5bb9\u9519\u7ea0\u9519\uff1a\u4ee5\u4eca\u5929\u4e3a\u51c6\u7684\u903e\u671f\u672a\u53d7\u7406\u30012\u4e2a\u5de5\u4f5c\u65e5\u5185\u5230\u671f\u3001\u903e\u671f\u7533\u8bf7\u5404\u4e00\u4ef6"]}');
CREATE TABLE bonus_amount (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	award_kind VARCHAR(30) NOT NULL, 
	grade VARCHAR(20) NOT NULL, 
	amount NUMERIC(12, 2) NOT NULL, 
	CONSTRAINT pk_bonus_amount PRIMARY KEY (id), 
	CONSTRAINT uq_bonus_amount_year_award_kind_grade UNIQUE (year, award_kind, grade)
);
INSERT INTO "bonus_amount" VALUES(1,2024,'年度目标责任考核奖','一等奖',30000);
INSERT INTO "bonus_amount" VALUES(2,2024,'年度目标责任考核奖','二等奖',20000);
INSERT INTO "bonus_amount" VALUES(3,2024,'年度目标责任考核奖','三等奖',10000);
INSERT INTO "bonus_amount" VALUES(4,2024,'重大改革创新贡献奖','特等奖',50000);
INSERT INTO "bonus_amount" VALUES(5,2024,'重大改革创新贡献奖','一等奖',30000);
INSERT INTO "bonus_amount" VALUES(6,2024,'重大改革创新贡献奖','二等奖',20000);
INSERT INTO "bonus_amount" VALUES(7,2024,'重大改革创新贡献奖','三等奖',10000);
INSERT INTO "bonus_amount" VALUES(8,2024,'追赶超越贡献奖','',20000);
INSERT INTO "bonus_amount" VALUES(9,2024,'目标责任考核创优贡献奖','',20000);
INSERT INTO "bonus_amount" VALUES(10,2024,'脱贫攻坚工作先进镇','',30000);
INSERT INTO "bonus_amount" VALUES(11,2024,'脱贫攻坚先进部门','',20000);
INSERT INTO "bonus_amount" VALUES(12,2025,'年度目标责任考核奖','一等奖',30000);
INSERT INTO "bonus_amount" VALUES(13,2025,'年度目标责任考核奖','二等奖',20000);
INSERT INTO "bonus_amount" VALUES(14,2025,'年度目标责任考核奖','三等奖',10000);
INSERT INTO "bonus_amount" VALUES(15,2025,'重大改革创新贡献奖','特等奖',50000);
INSERT INTO "bonus_amount" VALUES(16,2025,'重大改革创新贡献奖','一等奖',30000);
INSERT INTO "bonus_amount" VALUES(17,2025,'重大改革创新贡献奖','二等奖',20000);
INSERT INTO "bonus_amount" VALUES(18,2025,'重大改革创新贡献奖','三等奖',10000);
INSERT INTO "bonus_amount" VALUES(19,2025,'追赶超越贡献奖','',20000);
INSERT INTO "bonus_amount" VALUES(20,2025,'目标责任考核创优贡献奖','',20000);
INSERT INTO "bonus_amount" VALUES(21,2025,'脱贫攻坚工作先进镇','',30000);
INSERT INTO "bonus_amount" VALUES(22,2025,'脱贫攻坚先进部门','',20000);
CREATE TABLE bonus_line (
	id INTEGER NOT NULL, 
	plan_id INTEGER NOT NULL, 
	cadre_id INTEGER, 
	name VARCHAR(40) NOT NULL, 
	grade VARCHAR(10) NOT NULL, 
	coefficient NUMERIC(6, 3) NOT NULL, 
	amount NUMERIC(12, 2) NOT NULL, 
	sort INTEGER NOT NULL, 
	CONSTRAINT pk_bonus_line PRIMARY KEY (id), 
	CONSTRAINT fk_bonus_line_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE SET NULL, 
	CONSTRAINT fk_bonus_line_plan_id_bonus_plan FOREIGN KEY(plan_id) REFERENCES bonus_plan (id) ON DELETE CASCADE
);
CREATE TABLE bonus_plan (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	award_kind VARCHAR(30) NOT NULL, 
	grade VARCHAR(20) NOT NULL, 
	total NUMERIC(12, 2) NOT NULL, 
	coefficients JSON NOT NULL, 
	remainder_rule TEXT NOT NULL, 
	note TEXT, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_bonus_plan PRIMARY KEY (id), 
	CONSTRAINT fk_bonus_plan_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id), 
	CONSTRAINT uq_bonus_plan_year_unit_id_award_kind_grade UNIQUE (year, unit_id, award_kind, grade)
);
CREATE TABLE cadre (
	id INTEGER NOT NULL, 
	name VARCHAR(40) NOT NULL, 
	id_number VARCHAR(18) NOT NULL, 
	gender VARCHAR(2) NOT NULL, 
	birth_date DATE NOT NULL, 
	ethnicity VARCHAR(20), 
	native_place VARCHAR(60), 
	political_status VARCHAR(20), 
	party_date DATE, 
	work_start DATE, 
	education VARCHAR(20), 
	health VARCHAR(20), 
	status VARCHAR(10) NOT NULL, 
	CONSTRAINT pk_cadre PRIMARY KEY (id), 
	CONSTRAINT uq_cadre_id_number UNIQUE (id_number)
);
INSERT INTO "cadre" VALUES(1,'张良鹏','61092419771101275X','男','1977-11-01','汉族','陕西紫阳','中共党员','1998-11-17','1999-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(2,'郑江','610924198212162010','男','1982-12-16','回族','陕西紫阳','中共党员','2010-09-30','2003-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(3,'胡娟媛','610924198012286246','女','1980-12-28','汉族','陕西紫阳','中共党员','2006-10-07','2001-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(4,'秦昌毅','610924197106134513','男','1971-06-13','汉族','陕西紫阳','中共党员','1998-06-06','1991-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(5,'韩成国','61092519880425349X','男','1988-04-25','汉族','陕西岚皋','中共党员','2007-09-17','2009-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(6,'王武建','610924198211053998','男','1982-11-05','汉族','陕西紫阳','中共党员','2004-03-04','2005-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(7,'杜正磊','610924199302014374','男','1993-02-01','汉族','陕西紫阳','中共党员','2020-07-31','2017-07-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(8,'潘东翔','610924197307216013','男','1973-07-21','汉族','陕西紫阳','中共党员','2001-09-23','1995-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(9,'陈立凯','610924197101106134','男','1971-01-10','汉族','陕西紫阳','中共党员','1993-09-22','1991-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(10,'张旭帅','610924197101082494','男','1971-01-08','汉族','陕西紫阳','中共党员','1990-12-19','1992-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(11,'何强','610924199410256637','男','1994-10-25','汉族','陕西紫阳','中共党员','2022-01-26','2018-09-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(12,'薛萍蓉','610924198912025623','女','1989-12-02','汉族','陕西紫阳','中共党员','2019-05-20','2011-09-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(13,'王家强','610924197111010515','男','1971-11-01','回族','陕西紫阳','中共党员','1994-04-10','1993-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(14,'朱桂红','610924197511177488','女','1975-11-17','汉族','陕西紫阳','中共党员','1998-03-22','1999-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(15,'张瑞泽','610924197007115130','男','1970-07-11','汉族','陕西紫阳','中共党员','1994-11-08','1991-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(16,'刘朝','610924198704049516','男','1987-04-04','汉族','陕西紫阳','中共党员','2009-02-08','2009-08-01','大学','良好','在职');
INSERT INTO "cadre" VALUES(17,'周庆','610981198401170519','男','1984-01-17','汉族','陕西旬阳','中共党员','2015-11-12','2006-09-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(18,'徐宇','610924198706121251','男','1987-06-12','回族','陕西紫阳','中共党员','2022-01-09','2007-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(19,'何欣红','610924199404081869','女','1994-04-08','汉族','陕西紫阳','中共党员','2023-05-07','2014-08-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(20,'贾正勇','610924198208037874','男','1982-08-03','汉族','陕西紫阳','中共党员','2008-07-29','2004-09-01','大学','良好','在职');
INSERT INTO "cadre" VALUES(21,'周文永','610924197503275256','男','1975-03-27','汉族','陕西紫阳','中共党员','2001-05-31','1995-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(22,'金桂丹','61092419820201724X','女','1982-02-01','汉族','陕西紫阳','中共党员','2012-06-15','2006-09-01','大专','良好','在职');
INSERT INTO "cadre" VALUES(23,'张成','610924197709032516','男','1977-09-03','汉族','陕西紫阳','中共党员','2008-10-31','1999-07-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(24,'梁帅泽','610924197611268758','男','1976-11-26','汉族','陕西紫阳','中共党员','2003-09-20','1999-09-01','中专','健康','在职');
INSERT INTO "cadre" VALUES(25,'林辉晓','610924199501268377','男','1995-01-26','汉族','陕西紫阳','中共党员','2017-01-15','2016-08-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(26,'高凯','610924197004151515','男','1970-04-15','汉族','陕西紫阳','中共党员','2005-05-24','1993-09-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(27,'胡峰毅','610922198712075498','男','1987-12-07','汉族','陕西石泉','中共党员','2014-11-01','2010-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(28,'张春悦','610924197001168864','女','1970-01-16','汉族','陕西紫阳','中共党员','2000-05-06','1994-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(29,'梁德鹏','610924198105272759','男','1981-05-27','汉族','陕西紫阳','中共党员','2005-05-10','2001-09-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(30,'黄慧璐','610924198112068625','女','1981-12-06','汉族','陕西紫阳','中共党员','2002-03-28','2004-12-01','大专','良好','在职');
INSERT INTO "cadre" VALUES(31,'彭山松','610924197909258632','男','1979-09-25','汉族','陕西紫阳','中共党员','2010-02-06','2003-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(32,'宋正','610924198912047136','男','1989-12-04','汉族','陕西紫阳','中共党员','2015-06-30','2010-07-01','中专','健康','在职');
INSERT INTO "cadre" VALUES(33,'王山山','610924197406076757','男','1974-06-07','汉族','陕西紫阳','中共党员','2006-08-08','1997-08-01','大专','良好','在职');
INSERT INTO "cadre" VALUES(34,'袁阳昌','610924197902065758','男','1979-02-06','汉族','陕西紫阳','中共党员','2006-06-17','2000-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(35,'郝亮','610924197908151630','男','1979-08-15','汉族','陕西紫阳','中共党员','2011-09-06','2003-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(36,'孙宏','610924199402020499','男','1994-02-02','汉族','陕西紫阳','中共党员','2015-11-18','2016-08-01','中专','健康','在职');
INSERT INTO "cadre" VALUES(37,'史敏英','610924197405169863','女','1974-05-16','汉族','陕西紫阳','中共党员','2007-12-08','1997-08-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(38,'徐宁凯','610924197805243874','男','1978-05-24','汉族','陕西紫阳','中共党员','1998-11-26','1999-08-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(39,'韦海庆','610924197207246637','男','1972-07-24','汉族','陕西紫阳','中共党员','1997-05-29','1995-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(40,'武飞宁','610924197812272630','男','1978-12-27','汉族','陕西紫阳','中共党员','2013-03-29','1999-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(41,'谭军武','610924196904122993','男','1969-04-12','汉族','陕西紫阳','中共党员','1992-03-21','1993-09-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(42,'吴刚华','610924198212137990','男','1982-12-13','汉族','陕西紫阳','中共党员','2006-12-27','2004-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(43,'高新','61092419731226313X','男','1973-12-26','汉族','陕西紫阳','中共党员','1996-06-30','1993-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(44,'谢立德','610924199102236490','男','1991-02-23','汉族','陕西紫阳','中共党员','2013-03-05','2011-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(45,'丁宁春','610924197901125755','男','1979-01-12','汉族','陕西紫阳','中共党员','2012-01-06','2003-09-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(46,'付强','610924197209207754','男','1972-09-20','汉族','陕西紫阳','中共党员','2003-05-25','1994-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(47,'孙杰昌','610921197511267871','男','1975-11-26','汉族','陕西汉阴','中共党员','1994-09-14','1996-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(48,'李帅良','610925198208226874','男','1982-08-22','汉族','陕西岚皋','中共党员','2010-07-25','2002-07-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(49,'严萍琴','610924197307219126','女','1973-07-21','汉族','陕西紫阳','中共党员','2001-03-19','1994-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(50,'赵欣','610924197207104743','女','1972-07-10','汉族','陕西紫阳','中共党员','1994-10-19','1992-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(51,'刘帆涛','610924197812056639','男','1978-12-05','汉族','陕西紫阳','中共党员','2012-08-25','2001-07-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(52,'苏怡欣','610924197904026509','女','1979-04-02','汉族','陕西紫阳','中共党员','2012-07-19','2000-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(53,'杨锋','610924197912283011','男','1979-12-28','汉族','陕西紫阳','中共党员','2006-03-16','2003-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(54,'沈娜芳','610924198409117627','女','1984-09-11','汉族','陕西紫阳','中共党员','2013-07-12','2004-08-01','大学','良好','在职');
INSERT INTO "cadre" VALUES(55,'吴琦丹','610924198006040004','女','1980-06-04','汉族','陕西紫阳','中共党员','2007-02-23','2003-08-01','大专','良好','在职');
INSERT INTO "cadre" VALUES(56,'张志峰','610924198809288513','男','1988-09-28','汉族','陕西紫阳','中共党员','2017-11-11','2009-12-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(57,'杨锋俊','610924199005061879','男','1990-05-06','汉族','陕西紫阳','中共党员','2017-10-26','2012-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(58,'周亮刚','610924197808235992','男','1978-08-23','汉族','陕西紫阳','中共党员','2009-09-13','2000-08-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(59,'宋涛东','61092419761118399X','男','1976-11-18','汉族','陕西紫阳','中共党员','1999-11-11','1996-07-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(60,'刘家国','610924198310122514','男','1983-10-12','汉族','陕西紫阳','中共党员','2012-12-21','2005-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(61,'邓阳','610924198701109755','男','1987-01-10','汉族','陕西紫阳','中共党员','2014-07-06','2008-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(62,'吴春','610924198401120004','女','1984-01-12','汉族','陕西紫阳','中共党员','2015-03-16','2006-09-01','中专','健康','在职');
INSERT INTO "cadre" VALUES(63,'张俊','610924197011105998','男','1970-11-10','汉族','陕西紫阳','中共党员','1999-04-22','1992-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(64,'王宏辉','610924198102048516','男','1981-02-04','汉族','陕西紫阳','中共党员','2014-07-08','2004-09-01','大学','良好','在职');
INSERT INTO "cadre" VALUES(65,'唐金燕','610924197807187001','女','1978-07-18','汉族','陕西紫阳','中共党员','1999-01-27','2000-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(66,'蒋芳莉','610924197609137740','女','1976-09-13','汉族','陕西紫阳','中共党员','1996-02-24','1998-07-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(67,'胡慧','610926198209018483','女','1982-09-01','汉族','陕西平利','中共党员','2002-03-11','2005-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(68,'王旭','610924198206240633','男','1982-06-24','汉族','陕西紫阳','中共党员','2012-10-27','2004-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(69,'贾宏飞','610924197403078634','男','1974-03-07','汉族','陕西紫阳','中共党员','2007-09-24','1994-12-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(70,'张娟','610924198108271866','女','1981-08-27','汉族','陕西紫阳','中共党员','2015-06-17','2005-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(71,'秦斌','610923198610024135','男','1986-10-02','汉族','陕西宁陕','中共党员','2017-02-03','2006-07-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(72,'杜彬旭','610924198604106376','男','1986-04-10','汉族','陕西紫阳','中共党员','2013-10-15','2009-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(73,'朱飞建','61092419850306113X','男','1985-03-06','满族','陕西紫阳','中共党员','2014-02-12','2009-12-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(74,'柯松家','610924198708010993','男','1987-08-01','满族','陕西紫阳','中共党员','2016-03-03','2007-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(75,'陈英雪','610924199504186246','女','1995-04-18','汉族','陕西紫阳','中共党员','2021-11-30','2018-12-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(76,'赵阳','610924197702286636','男','1977-02-28','汉族','陕西紫阳','中共党员','2005-07-16','1997-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(77,'赵怡桂','610924198709156505','女','1987-09-15','汉族','陕西紫阳','中共党员','2006-05-13','2009-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(78,'刘飞博','610924198404264513','男','1984-04-26','汉族','陕西紫阳','中共党员','2009-09-22','2007-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(79,'王正','610925199105050516','男','1991-05-05','汉族','陕西岚皋','中共党员','2024-04-06','2013-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(80,'徐旭宁','610927197212262753','男','1972-12-26','汉族','陕西镇坪','中共党员','2002-07-13','1994-07-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(81,'任志春','610924198403016139','男','1984-03-01','汉族','陕西紫阳','中共党员','2017-07-07','2008-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(82,'梁峰','610924198207193517','男','1982-07-19','汉族','陕西紫阳','中共党员','2004-10-09','2004-07-01','大学','良好','在职');
INSERT INTO "cadre" VALUES(83,'赵颖凤','610924198508095988','女','1985-08-09','汉族','陕西紫阳','中共党员','2019-04-24','2006-12-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(84,'刘燕慧','610924198411026361','女','1984-11-02','汉族','陕西紫阳','中共党员','2009-06-14','2008-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(85,'韦春瑶','610924199212231121','女','1992-12-23','汉族','陕西紫阳','中共党员','2015-11-30','2015-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(86,'马宇锋','610924199305175878','男','1993-05-17','汉族','陕西紫阳','中共党员','2015-12-19','2016-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(87,'白静','610924198411252983','女','1984-11-25','汉族','陕西紫阳','中共党员','2011-09-23','2006-07-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(88,'陈丽丹','610924197601198987','女','1976-01-19','汉族','陕西紫阳','中共党员','2009-07-15','1998-12-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(89,'朱霞','610924198405132360','女','1984-05-13','汉族','陕西紫阳','中共党员','2004-07-25','2005-12-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(90,'郑波','610922198609095132','男','1986-09-09','汉族','陕西石泉','中共党员','2008-03-06','2008-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(91,'刘明','610924197012255250','男','1970-12-25','汉族','陕西紫阳','中共党员','1994-11-01','1994-12-01','大学','良好','在职');
INSERT INTO "cadre" VALUES(92,'王宇强','61092519791210813X','男','1979-12-10','满族','陕西岚皋','中共党员','2006-07-20','2000-09-01','中专','健康','在职');
INSERT INTO "cadre" VALUES(93,'陈云博','610924197101030758','男','1971-01-03','汉族','陕西紫阳','中共党员','1997-05-14','1994-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(94,'黄涛','610924198301063639','男','1983-01-06','汉族','陕西紫阳','群众',NULL,'2007-08-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(95,'彭江宁','610924197608186997','男','1976-08-18','汉族','陕西紫阳','群众',NULL,'1999-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(96,'赵珊洁','610924198604071484','女','1986-04-07','汉族','陕西紫阳','中共党员','2005-05-06','2008-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(97,'罗阳晓','610924198404070751','男','1984-04-07','汉族','陕西紫阳','中共党员','2012-06-14','2006-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(98,'罗良','610929199504243492','男','1995-04-24','汉族','陕西白河','中共党员','2018-02-25','2018-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(99,'郑辉磊','610924198807059258','男','1988-07-05','汉族','陕西紫阳','中共党员','2008-06-13','2009-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(100,'徐萍颖','610929199503195361','女','1995-03-19','汉族','陕西白河','中共党员','2022-10-18','2016-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(101,'周松鹏','610924197004023871','男','1970-04-02','汉族','陕西紫阳','中共党员','1996-05-09','1990-07-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(102,'杨国山','610924197309286250','男','1973-09-28','汉族','陕西紫阳','中共党员','2003-06-24','1993-07-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(103,'蒋亮瑞','610924197702218377','男','1977-02-21','汉族','陕西紫阳','中共党员','2009-12-11','1998-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(104,'秦永超','610924197312189638','男','1973-12-18','汉族','陕西紫阳','中共党员','2005-06-24','1994-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(105,'周涛泽','610924199209061491','男','1992-09-06','汉族','陕西紫阳','中共党员','2023-12-14','2015-12-01','研究生','良好','在职');
INSERT INTO "cadre" VALUES(106,'朱飞','610924197706012632','男','1977-06-01','汉族','陕西紫阳','群众',NULL,'1998-07-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(107,'江泽','610924198406257499','男','1984-06-25','汉族','陕西紫阳','中共党员','2016-09-19','2008-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(108,'汪晶','610924199201155629','女','1992-01-15','汉族','陕西紫阳','中共党员','2017-07-23','2015-08-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(109,'潘家','610924197311158872','男','1973-11-15','汉族','陕西紫阳','中共党员','1999-12-06','1996-07-01','大学','良好','在职');
INSERT INTO "cadre" VALUES(110,'李良新','610924197004081879','男','1970-04-08','汉族','陕西紫阳','中共党员','2001-06-12','1992-09-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(111,'李彬锋','610922198404254494','男','1984-04-25','汉族','陕西石泉','中共党员','2012-10-23','2008-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(112,'曹朝','610921198208274512','男','1982-08-27','汉族','陕西汉阴','中共党员','2005-08-19','2006-08-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(113,'赵雪','610924197404056007','女','1974-04-05','汉族','陕西紫阳','中共党员','2008-11-23','1997-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(114,'王泽杰','61092419800515937X','男','1980-05-15','汉族','陕西紫阳','中共党员','2002-04-23','2001-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(115,'黄博','610924198507252494','男','1985-07-25','汉族','陕西紫阳','中共党员','2007-09-29','2006-09-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(116,'潘春','610924197503285518','男','1975-03-28','汉族','陕西紫阳','中共党员','2006-04-16','1998-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(117,'潘鹏龙','610924197305036633','男','1973-05-03','汉族','陕西紫阳','中共党员','1994-05-05','1995-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(118,'周江','610924199409010138','男','1994-09-01','汉族','陕西紫阳','中共党员','2019-12-02','2017-12-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(119,'梁俊立','610924197110184636','男','1971-10-18','汉族','陕西紫阳','中共党员','2000-02-29','1992-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(120,'朱峰刚','61092419891227999X','男','1989-12-27','汉族','陕西紫阳','中共党员','2021-12-06','2009-07-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(121,'吴波健','610924197302289133','男','1973-02-28','汉族','陕西紫阳','中共党员','1992-10-19','1993-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(122,'王晓燕','610924198909025980','女','1989-09-02','汉族','陕西紫阳','中共党员','2011-12-29','2010-07-01','研究生','健康','在职');
INSERT INTO "cadre" VALUES(123,'廖江俊','610921197005195377','男','1970-05-19','汉族','陕西汉阴','中共党员','1996-03-22','1993-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(124,'朱春峰','610924198609184373','男','1986-09-18','汉族','陕西紫阳','中共党员','2019-07-09','2009-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(125,'史锋家','610924198404151631','男','1984-04-15','汉族','陕西紫阳','中共党员','2014-12-03','2008-07-01','大学','良好','在职');
INSERT INTO "cadre" VALUES(126,'黄正鹏','610924198604188631','男','1986-04-18','满族','陕西紫阳','中共党员','2017-10-31','2008-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(127,'陈蓉慧','61092419760620248X','女','1976-06-20','汉族','陕西紫阳','中共党员','2009-02-15','1996-08-01','中专','健康','在职');
INSERT INTO "cadre" VALUES(128,'李萍金','61092419730621274X','女','1973-06-21','汉族','陕西紫阳','中共党员','2001-11-22','1993-07-01','大学','良好','在职');
INSERT INTO "cadre" VALUES(129,'刘丹琦','610924197611013747','女','1976-11-01','汉族','陕西紫阳','中共党员','2009-01-07','1996-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(130,'蒋刚','610924198104237513','男','1981-04-23','汉族','陕西紫阳','中共党员','2010-10-26','2003-07-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(131,'张凯江','610924197804188375','男','1978-04-18','汉族','陕西紫阳','中共党员','2009-10-20','2002-07-01','中专','健康','在职');
INSERT INTO "cadre" VALUES(132,'梁立旭','610924197109211131','男','1971-09-21','汉族','陕西紫阳','中共党员','2004-12-09','1991-09-01','大学','良好','在职');
INSERT INTO "cadre" VALUES(133,'许毅俊','610924196911078492','男','1969-11-07','汉族','陕西紫阳','中共党员','1989-10-05','1989-09-01','中专','健康','在职');
INSERT INTO "cadre" VALUES(134,'杨波','61092419770510413X','男','1977-05-10','汉族','陕西紫阳','中共党员','2008-06-08','1999-08-01','中专','健康','在职');
INSERT INTO "cadre" VALUES(135,'马帅','610924198510287014','男','1985-10-28','汉族','陕西紫阳','中共党员','2004-03-31','2009-07-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(136,'闫宁亮','610924196902048873','男','1969-02-04','汉族','陕西紫阳','中共党员','1988-07-24','1992-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(137,'韩永宇','610924199401203875','男','1994-01-20','汉族','陕西紫阳','中共党员','2015-12-17','2016-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(138,'张云','610924197807017256','男','1978-07-01','汉族','陕西紫阳','中共党员','1999-05-09','1998-08-01','大专','健康','在职');
INSERT INTO "cadre" VALUES(139,'王彬毅','61092419720125437X','男','1972-01-25','汉族','陕西紫阳','中共党员','1996-12-05','1994-07-01','大学','一般','在职');
INSERT INTO "cadre" VALUES(140,'吴宏宇','610924199305013019','男','1993-05-01','汉族','陕西紫阳','群众',NULL,'2015-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(141,'沈正','610925198211040990','男','1982-11-04','汉族','陕西岚皋','中共党员','2007-01-10','2006-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(142,'熊龙','610924199504057516','男','1995-04-05','汉族','陕西紫阳','中共党员','2018-03-14','2016-12-01','大专','良好','在职');
INSERT INTO "cadre" VALUES(143,'李荣晶','610924198004153128','女','1980-04-15','汉族','陕西紫阳','中共党员','2008-01-24','2001-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(144,'张辉朝','610924197212014136','男','1972-12-01','汉族','陕西紫阳','中共党员','2005-05-13','1993-09-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(145,'卢佳燕','610924198204272009','女','1982-04-27','汉族','陕西紫阳','中共党员','2010-04-19','2002-12-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(146,'彭翔江','610922198510099758','男','1985-10-09','汉族','陕西石泉','中共党员','2010-09-07','2009-07-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(147,'冯志','610924197502184379','男','1975-02-18','汉族','陕西紫阳','中共党员','1998-10-22','1999-12-01','大专','良好','在职');
INSERT INTO "cadre" VALUES(148,'付佳珊','610924198511116129','女','1985-11-11','汉族','陕西紫阳','中共党员','2008-02-06','2008-12-01','中专','健康','在职');
INSERT INTO "cadre" VALUES(149,'段鹏','610924199103289519','男','1991-03-28','汉族','陕西紫阳','中共党员','2017-06-27','2015-08-01','大学','健康','在职');
INSERT INTO "cadre" VALUES(150,'徐萍媛','610924198901176127','女','1989-01-17','汉族','陕西紫阳','中共党员','2024-01-17','2012-08-01','大学','健康','在职');
CREATE TABLE code_item (
	id INTEGER NOT NULL, 
	table_name VARCHAR(40) NOT NULL, 
	label VARCHAR(60) NOT NULL, 
	sort INTEGER NOT NULL, 
	active BOOLEAN NOT NULL, 
	note TEXT, 
	CONSTRAINT pk_code_item PRIMARY KEY (id), 
	CONSTRAINT uq_code_item_table_name_label UNIQUE (table_name, label)
);
INSERT INTO "code_item" VALUES(1,'unit_kind','镇',0,1,NULL);
INSERT INTO "code_item" VALUES(2,'unit_kind','县直部门',1,1,NULL);
INSERT INTO "code_item" VALUES(3,'unit_kind','县直事业单位',2,1,NULL);
INSERT INTO "code_item" VALUES(4,'unit_kind','县属国有企业',3,1,NULL);
INSERT INTO "code_item" VALUES(5,'position_level','正处级',0,1,NULL);
INSERT INTO "code_item" VALUES(6,'position_level','副处级',1,1,NULL);
INSERT INTO "code_item" VALUES(7,'position_level','正科级',2,1,NULL);
INSERT INTO "code_item" VALUES(8,'position_level','副科级',3,1,NULL);
INSERT INTO "code_item" VALUES(9,'position_level','科员',4,1,NULL);
INSERT INTO "code_item" VALUES(10,'position_level','办事员',5,1,NULL);
INSERT INTO "code_item" VALUES(11,'position_level','一级调研员',6,1,NULL);
INSERT INTO "code_item" VALUES(12,'position_level','二级调研员',7,1,NULL);
INSERT INTO "code_item" VALUES(13,'position_level','三级调研员',8,1,NULL);
INSERT INTO "code_item" VALUES(14,'position_level','四级调研员',9,1,NULL);
INSERT INTO "code_item" VALUES(15,'position_level','一级主任科员',10,1,NULL);
INSERT INTO "code_item" VALUES(16,'position_level','二级主任科员',11,1,NULL);
INSERT INTO "code_item" VALUES(17,'position_level','三级主任科员',12,1,NULL);
INSERT INTO "code_item" VALUES(18,'position_level','四级主任科员',13,1,NULL);
INSERT INTO "code_item" VALUES(19,'position_level','一级科员',14,1,NULL);
INSERT INTO "code_item" VALUES(20,'position_level','二级科员',15,1,NULL);
INSERT INTO "code_item" VALUES(21,'appraisal_grade','优秀',0,1,NULL);
INSERT INTO "code_item" VALUES(22,'appraisal_grade','称职',1,1,NULL);
INSERT INTO "code_item" VALUES(23,'appraisal_grade','基本称职',2,1,NULL);
INSERT INTO "code_item" VALUES(24,'appraisal_grade','不称职',3,1,NULL);
INSERT INTO "code_item" VALUES(25,'appraisal_grade','不定等次',4,1,NULL);
INSERT INTO "code_item" VALUES(26,'cadre_status','在职',0,1,NULL);
INSERT INTO "code_item" VALUES(27,'cadre_status','调出',1,1,NULL);
INSERT INTO "code_item" VALUES(28,'cadre_status','退休',2,1,NULL);
INSERT INTO "code_item" VALUES(29,'cadre_status','去世',3,1,NULL);
INSERT INTO "code_item" VALUES(30,'political_status','中共党员',0,1,NULL);
INSERT INTO "code_item" VALUES(31,'political_status','中共预备党员',1,1,NULL);
INSERT INTO "code_item" VALUES(32,'political_status','共青团员',2,1,NULL);
INSERT INTO "code_item" VALUES(33,'political_status','民革党员',3,1,NULL);
INSERT INTO "code_item" VALUES(34,'political_status','民盟盟员',4,1,NULL);
INSERT INTO "code_item" VALUES(35,'political_status','民建会员',5,1,NULL);
INSERT INTO "code_item" VALUES(36,'political_status','民进会员',6,1,NULL);
INSERT INTO "code_item" VALUES(37,'political_status','农工党党员',7,1,NULL);
INSERT INTO "code_item" VALUES(38,'political_status','致公党党员',8,1,NULL);
INSERT INTO "code_item" VALUES(39,'political_status','九三学社社员',9,1,NULL);
INSERT INTO "code_item" VALUES(40,'political_status','台盟盟员',10,1,NULL);
INSERT INTO "code_item" VALUES(41,'political_status','无党派人士',11,1,NULL);
INSERT INTO "code_item" VALUES(42,'political_status','群众',12,1,NULL);
INSERT INTO "code_item" VALUES(43,'education','研究生',0,1,NULL);
INSERT INTO "code_item" VALUES(44,'education','大学',1,1,NULL);
INSERT INTO "code_item" VALUES(45,'education','大专',2,1,NULL);
INSERT INTO "code_item" VALUES(46,'education','中专',3,1,NULL);
INSERT INTO "code_item" VALUES(47,'education','高中',4,1,NULL);
INSERT INTO "code_item" VALUES(48,'education','初中及以下',5,1,NULL);
INSERT INTO "code_item" VALUES(49,'health','健康',0,1,NULL);
INSERT INTO "code_item" VALUES(50,'health','良好',1,1,NULL);
INSERT INTO "code_item" VALUES(51,'health','一般',2,1,NULL);
INSERT INTO "code_item" VALUES(52,'health','较差',3,1,NULL);
INSERT INTO "code_item" VALUES(53,'commendation_level','中央/国务院',0,1,NULL);
INSERT INTO "code_item" VALUES(54,'commendation_level','中央国家部委',1,1,NULL);
INSERT INTO "code_item" VALUES(55,'commendation_level','省委省政府',2,1,NULL);
INSERT INTO "code_item" VALUES(56,'commendation_level','市委市政府',3,1,NULL);
INSERT INTO "code_item" VALUES(57,'commendation_level','县委县政府',4,1,NULL);
INSERT INTO "code_item" VALUES(58,'discipline_category','党纪处分',0,1,NULL);
INSERT INTO "code_item" VALUES(59,'discipline_category','政务处分',1,1,NULL);
INSERT INTO "code_item" VALUES(60,'discipline_category','组织处理',2,1,NULL);
INSERT INTO "code_item" VALUES(61,'vote_type','班子年度测评',0,1,NULL);
INSERT INTO "code_item" VALUES(62,'vote_type','个人年度测评',1,1,NULL);
INSERT INTO "code_item" VALUES(63,'vote_type','领导干部大会测评',2,1,NULL);
INSERT INTO "code_item" VALUES(64,'vote_type','试用期满测评',3,1,NULL);
INSERT INTO "code_item" VALUES(65,'vote_type','一报告两评议',4,1,NULL);
INSERT INTO "code_item" VALUES(66,'ethnicity','汉族',0,1,NULL);
INSERT INTO "code_item" VALUES(67,'ethnicity','蒙古族',1,1,NULL);
INSERT INTO "code_item" VALUES(68,'ethnicity','回族',2,1,NULL);
INSERT INTO "code_item" VALUES(69,'ethnicity','藏族',3,1,NULL);
INSERT INTO "code_item" VALUES(70,'ethnicity','维吾尔族',4,1,NULL);
INSERT INTO "code_item" VALUES(71,'ethnicity','苗族',5,1,NULL);
INSERT INTO "code_item" VALUES(72,'ethnicity','彝族',6,1,NULL);
INSERT INTO "code_item" VALUES(73,'ethnicity','壮族',7,1,NULL);
INSERT INTO "code_item" VALUES(74,'ethnicity','布依族',8,1,NULL);
INSERT INTO "code_item" VALUES(75,'ethnicity','朝鲜族',9,1,NULL);
INSERT INTO "code_item" VALUES(76,'ethnicity','满族',10,1,NULL);
INSERT INTO "code_item" VALUES(77,'ethnicity','侗族',11,1,NULL);
INSERT INTO "code_item" VALUES(78,'ethnicity','瑶族',12,1,NULL);
INSERT INTO "code_item" VALUES(79,'ethnicity','白族',13,1,NULL);
INSERT INTO "code_item" VALUES(80,'ethnicity','土家族',14,1,NULL);
INSERT INTO "code_item" VALUES(81,'ethnicity','哈尼族',15,1,NULL);
INSERT INTO "code_item" VALUES(82,'ethnicity','哈萨克族',16,1,NULL);
INSERT INTO "code_item" VALUES(83,'ethnicity','傣族',17,1,NULL);
INSERT INTO "code_item" VALUES(84,'ethnicity','黎族',18,1,NULL);
INSERT INTO "code_item" VALUES(85,'ethnicity','傈僳族',19,1,NULL);
INSERT INTO "code_item" VALUES(86,'ethnicity','佤族',20,1,NULL);
INSERT INTO "code_item" VALUES(87,'ethnicity','畲族',21,1,NULL);
INSERT INTO "code_item" VALUES(88,'ethnicity','高山族',22,1,NULL);
INSERT INTO "code_item" VALUES(89,'ethnicity','拉祜族',23,1,NULL);
INSERT INTO "code_item" VALUES(90,'ethnicity','水族',24,1,NULL);
INSERT INTO "code_item" VALUES(91,'ethnicity','东乡族',25,1,NULL);
INSERT INTO "code_item" VALUES(92,'ethnicity','纳西族',26,1,NULL);
INSERT INTO "code_item" VALUES(93,'ethnicity','景颇族',27,1,NULL);
INSERT INTO "code_item" VALUES(94,'ethnicity','柯尔克孜族',28,1,NULL);
INSERT INTO "code_item" VALUES(95,'ethnicity','土族',29,1,NULL);
INSERT INTO "code_item" VALUES(96,'ethnicity','达斡尔族',30,1,NULL);
INSERT INTO "code_item" VALUES(97,'ethnicity','仫佬族',31,1,NULL);
INSERT INTO "code_item" VALUES(98,'ethnicity','羌族',32,1,NULL);
INSERT INTO "code_item" VALUES(99,'ethnicity','布朗族',33,1,NULL);
INSERT INTO "code_item" VALUES(100,'ethnicity','撒拉族',34,1,NULL);
INSERT INTO "code_item" VALUES(101,'ethnicity','毛南族',35,1,NULL);
INSERT INTO "code_item" VALUES(102,'ethnicity','仡佬族',36,1,NULL);
INSERT INTO "code_item" VALUES(103,'ethnicity','锡伯族',37,1,NULL);
INSERT INTO "code_item" VALUES(104,'ethnicity','阿昌族',38,1,NULL);
INSERT INTO "code_item" VALUES(105,'ethnicity','普米族',39,1,NULL);
INSERT INTO "code_item" VALUES(106,'ethnicity','塔吉克族',40,1,NULL);
INSERT INTO "code_item" VALUES(107,'ethnicity','怒族',41,1,NULL);
INSERT INTO "code_item" VALUES(108,'ethnicity','乌孜别克族',42,1,NULL);
INSERT INTO "code_item" VALUES(109,'ethnicity','俄罗斯族',43,1,NULL);
INSERT INTO "code_item" VALUES(110,'ethnicity','鄂温克族',44,1,NULL);
INSERT INTO "code_item" VALUES(111,'ethnicity','德昂族',45,1,NULL);
INSERT INTO "code_item" VALUES(112,'ethnicity','保安族',46,1,NULL);
INSERT INTO "code_item" VALUES(113,'ethnicity','裕固族',47,1,NULL);
INSERT INTO "code_item" VALUES(114,'ethnicity','京族',48,1,NULL);
INSERT INTO "code_item" VALUES(115,'ethnicity','塔塔尔族',49,1,NULL);
INSERT INTO "code_item" VALUES(116,'ethnicity','独龙族',50,1,NULL);
INSERT INTO "code_item" VALUES(117,'ethnicity','鄂伦春族',51,1,NULL);
INSERT INTO "code_item" VALUES(118,'ethnicity','赫哲族',52,1,NULL);
INSERT INTO "code_item" VALUES(119,'ethnicity','门巴族',53,1,NULL);
INSERT INTO "code_item" VALUES(120,'ethnicity','珞巴族',54,1,NULL);
INSERT INTO "code_item" VALUES(121,'ethnicity','基诺族',55,1,NULL);
CREATE TABLE commendation (
	id INTEGER NOT NULL, 
	subject_type VARCHAR(4) NOT NULL, 
	cadre_id INTEGER, 
	unit_id INTEGER, 
	title VARCHAR(120) NOT NULL, 
	level VARCHAR(20) NOT NULL, 
	issuer VARCHAR(80), 
	date DATE NOT NULL, 
	CONSTRAINT pk_commendation PRIMARY KEY (id), 
	CONSTRAINT fk_commendation_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE, 
	CONSTRAINT fk_commendation_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id), 
	CONSTRAINT uq_commendation_subject_type_cadre_id_unit_id_title_date UNIQUE (subject_type, cadre_id, unit_id, title, date)
);
INSERT INTO "commendation" VALUES(1,'个人',5,NULL,'全国脱贫攻坚先进个人','中央/国务院','中共中央、国务院','2024-07-06');
INSERT INTO "commendation" VALUES(2,'个人',1,NULL,'全国农业农村系统先进个人','中央国家部委','农业农村部','2024-05-23');
INSERT INTO "commendation" VALUES(3,'个人',24,NULL,'陕西省脱贫攻坚奖','省委省政府','中共陕西省委、陕西省人民政府','2024-03-17');
INSERT INTO "commendation" VALUES(4,'个人',112,NULL,'安康市优秀共产党员','市委市政府','中共安康市委','2024-03-21');
INSERT INTO "commendation" VALUES(5,'个人',64,NULL,'紫阳县“敢担当、善作为”优秀干部','县委县政府','中共紫阳县委、紫阳县人民政府','2024-11-03');
INSERT INTO "commendation" VALUES(6,'个人',20,NULL,'紫阳县“敢担当、善作为”优秀干部','县委县政府','中共紫阳县委、紫阳县人民政府','2024-01-09');
INSERT INTO "commendation" VALUES(7,'单位',NULL,18,'全国脱贫攻坚先进集体','中央/国务院','中共中央、国务院','2024-03-26');
INSERT INTO "commendation" VALUES(8,'单位',NULL,15,'全国巾帼文明岗','中央国家部委','全国妇联','2024-06-07');
INSERT INTO "commendation" VALUES(9,'单位',NULL,13,'陕西省先进基层党组织','省委省政府','中共陕西省委','2024-04-28');
INSERT INTO "commendation" VALUES(10,'单位',NULL,16,'安康市文明单位','市委市政府','中共安康市委、安康市人民政府','2024-06-14');
INSERT INTO "commendation" VALUES(11,'单位',NULL,9,'重点工作单项考核奖','县委县政府','中共紫阳县委、紫阳县人民政府','2024-08-06');
INSERT INTO "commendation" VALUES(12,'个人',1,NULL,'全国脱贫攻坚先进个人','中央/国务院','中共中央、国务院','2025-09-12');
INSERT INTO "commendation" VALUES(13,'个人',7,NULL,'全国农业农村系统先进个人','中央国家部委','农业农村部','2025-06-08');
INSERT INTO "commendation" VALUES(14,'个人',79,NULL,'陕西省脱贫攻坚奖','省委省政府','中共陕西省委、陕西省人民政府','2025-01-08');
INSERT INTO "commendation" VALUES(15,'个人',51,NULL,'安康市“敢担当、善作为”优秀干部','市委市政府','中共安康市委、安康市人民政府','2025-09-01');
INSERT INTO "commendation" VALUES(16,'个人',60,NULL,'嘉奖','县委县政府','紫阳县人民政府','2025-02-21');
INSERT INTO "commendation" VALUES(17,'个人',21,NULL,'安康市“敢担当、善作为”优秀干部','市委市政府','中共安康市委、安康市人民政府','2025-03-26');
INSERT INTO "commendation" VALUES(18,'单位',NULL,17,'全国脱贫攻坚先进集体','中央/国务院','中共中央、国务院','2025-04-28');
INSERT INTO "commendation" VALUES(19,'单位',NULL,23,'全国文明单位','中央国家部委','中央精神文明建设指导委员会','2025-07-02');
INSERT INTO "commendation" VALUES(20,'单位',NULL,30,'陕西省先进基层党组织','省委省政府','中共陕西省委','2025-03-01');
INSERT INTO "commendation" VALUES(21,'单位',NULL,2,'安康市文明单位','市委市政府','中共安康市委、安康市人民政府','2025-08-19');
INSERT INTO "commendation" VALUES(22,'单位',NULL,26,'脱贫攻坚先进部门','县委县政府','中共紫阳县委、紫阳县人民政府','2025-01-26');
INSERT INTO "commendation" VALUES(23,'单位',NULL,26,'全国文明单位','中央国家部委','中央精神文明建设指导委员会','2024-10-12');
CREATE TABLE commendation_tag (
	id INTEGER NOT NULL, 
	commendation_id INTEGER NOT NULL, 
	field VARCHAR(10) NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	CONSTRAINT pk_commendation_tag PRIMARY KEY (id), 
	CONSTRAINT fk_commendation_tag_commendation_id_commendation FOREIGN KEY(commendation_id) REFERENCES commendation (id) ON DELETE CASCADE, 
	CONSTRAINT uq_commendation_tag_commendation_id UNIQUE (commendation_id)
);
CREATE TABLE discipline (
	id INTEGER NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	category VARCHAR(10) NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	decision_date DATE NOT NULL, 
	deciding_body VARCHAR(80), 
	reason TEXT, 
	effect_end DATE, 
	CONSTRAINT pk_discipline PRIMARY KEY (id), 
	CONSTRAINT fk_discipline_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE, 
	CONSTRAINT uq_discipline_cadre_id_category_kind_decision_date UNIQUE (cadre_id, category, kind, decision_date)
);
INSERT INTO "discipline" VALUES(1,134,'政务处分','撤职','2025-09-25','紫阳县监察委员会','工作失职，安全生产监管不到位','2027-09-25');
INSERT INTO "discipline" VALUES(2,87,'党纪处分','严重警告','2024-06-02','中共紫阳县纪律检查委员会','违反中央八项规定精神，违规接受宴请','2025-12-02');
INSERT INTO "discipline" VALUES(3,36,'组织处理','免职','2024-09-13','中共紫阳县委组织部','信访问题处置不当','2025-09-13');
INSERT INTO "discipline" VALUES(4,30,'组织处理','诫勉','2024-09-01','中共紫阳县委组织部','工作推诿扯皮，群众意见较大','2025-03-01');
CREATE TABLE discipline_kind (
	id INTEGER NOT NULL, 
	category VARCHAR(20) NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	months INTEGER, 
	source TEXT NOT NULL, 
	sort INTEGER NOT NULL, 
	CONSTRAINT pk_discipline_kind PRIMARY KEY (id), 
	CONSTRAINT uq_discipline_kind_category_kind UNIQUE (category, kind)
);
INSERT INTO "discipline_kind" VALUES(1,'政务处分','警告',6,'《公职人员政务处分法》第八条',0);
INSERT INTO "discipline_kind" VALUES(2,'政务处分','记过',12,'《公职人员政务处分法》第八条',1);
INSERT INTO "discipline_kind" VALUES(3,'政务处分','记大过',18,'《公职人员政务处分法》第八条',2);
INSERT INTO "discipline_kind" VALUES(4,'政务处分','降级',24,'《公职人员政务处分法》第八条',3);
INSERT INTO "discipline_kind" VALUES(5,'政务处分','撤职',24,'《公职人员政务处分法》第八条',4);
INSERT INTO "discipline_kind" VALUES(6,'政务处分','开除',NULL,'《公职人员政务处分法》第八条（开除无影响期，解除公职）',5);
INSERT INTO "discipline_kind" VALUES(7,'党纪处分','警告',12,'《中国共产党纪律处分条例》第十一条（一年内不得提拔）',6);
INSERT INTO "discipline_kind" VALUES(8,'党纪处分','严重警告',18,'《中国共产党纪律处分条例》第十一条',7);
INSERT INTO "discipline_kind" VALUES(9,'党纪处分','撤销党内职务',24,'《中国共产党纪律处分条例》第十二条',8);
INSERT INTO "discipline_kind" VALUES(10,'党纪处分','留党察看',24,'《中国共产党纪律处分条例》第十三条（恢复党员权利后起算，按需修改）',9);
INSERT INTO "discipline_kind" VALUES(11,'党纪处分','开除党籍',NULL,'《中国共产党纪律处分条例》第十四条',10);
INSERT INTO "discipline_kind" VALUES(12,'组织处理','诫勉',6,'《中国共产党组织处理规定（试行）》第十九条（2021）',11);
INSERT INTO "discipline_kind" VALUES(13,'组织处理','调整职务',12,'《中国共产党组织处理规定（试行）》第十九条（2021）',12);
INSERT INTO "discipline_kind" VALUES(14,'组织处理','责令辞职',12,'《中国共产党组织处理规定（试行）》第十九条（2021）',13);
INSERT INTO "discipline_kind" VALUES(15,'组织处理','免职',12,'《中国共产党组织处理规定（试行）》第十九条（2021）',14);
INSERT INTO "discipline_kind" VALUES(16,'组织处理','降职',24,'《中国共产党组织处理规定（试行）》第十九条（2021）',15);
INSERT INTO "discipline_kind" VALUES(17,'组织处理','提醒',NULL,'提醒、函询无影响期（第十七条“经组织提醒、教育或者函询、诫勉”之依据）',16);
INSERT INTO "discipline_kind" VALUES(18,'组织处理','函询',NULL,'同上',17);
CREATE TABLE doc_number (
	id INTEGER NOT NULL, 
	body_id INTEGER NOT NULL, 
	prefix VARCHAR(20) NOT NULL, 
	year INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	source VARCHAR(120) NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	issued_at DATETIME NOT NULL, 
	issued_by VARCHAR(60) NOT NULL, 
	void_reason TEXT, 
	voided_at DATETIME, 
	CONSTRAINT pk_doc_number PRIMARY KEY (id), 
	CONSTRAINT fk_doc_number_body_id_issuing_body FOREIGN KEY(body_id) REFERENCES issuing_body (id), 
	CONSTRAINT uq_doc_number_prefix_year_seq UNIQUE (prefix, year, seq)
);
CREATE TABLE excellent_honour (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	cadre_id INTEGER, 
	unit_id INTEGER, 
	reason TEXT NOT NULL, 
	status VARCHAR(6) NOT NULL, 
	document_no VARCHAR(60), 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_excellent_honour PRIMARY KEY (id), 
	CONSTRAINT fk_excellent_honour_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE, 
	CONSTRAINT fk_excellent_honour_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id)
);
CREATE TABLE excellent_honour_step (
	id INTEGER NOT NULL, 
	honour_id INTEGER NOT NULL, 
	step VARCHAR(30) NOT NULL, 
	body VARCHAR(80) NOT NULL, 
	result VARCHAR(6) NOT NULL, 
	opinion TEXT, 
	"on" DATE NOT NULL, 
	CONSTRAINT pk_excellent_honour_step PRIMARY KEY (id), 
	CONSTRAINT fk_excellent_honour_step_honour_id_excellent_honour FOREIGN KEY(honour_id) REFERENCES excellent_honour (id) ON DELETE CASCADE
);
CREATE TABLE excellent_nomination (
	id INTEGER NOT NULL, 
	round_id INTEGER NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	category VARCHAR(10) NOT NULL, 
	category_basis TEXT NOT NULL, 
	deeds TEXT NOT NULL, 
	attachments JSON NOT NULL, 
	stage VARCHAR(6) NOT NULL, 
	eligible BOOLEAN, 
	checks JSON, 
	checked_at DATETIME, 
	votes INTEGER, 
	score NUMERIC(6, 2), 
	city_recommended BOOLEAN NOT NULL, 
	overrun_reason TEXT, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_excellent_nomination PRIMARY KEY (id), 
	CONSTRAINT fk_excellent_nomination_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE, 
	CONSTRAINT fk_excellent_nomination_round_id_excellent_round FOREIGN KEY(round_id) REFERENCES excellent_round (id) ON DELETE CASCADE, 
	CONSTRAINT fk_excellent_nomination_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id), 
	CONSTRAINT uq_excellent_nomination_round_id_cadre_id UNIQUE (round_id, cadre_id)
);
CREATE TABLE excellent_quota (
	id INTEGER NOT NULL, 
	round_id INTEGER NOT NULL, 
	category VARCHAR(10) NOT NULL, 
	target INTEGER NOT NULL, 
	CONSTRAINT pk_excellent_quota PRIMARY KEY (id), 
	CONSTRAINT fk_excellent_quota_round_id_excellent_round FOREIGN KEY(round_id) REFERENCES excellent_round (id) ON DELETE CASCADE, 
	CONSTRAINT uq_excellent_quota_round_id_category UNIQUE (round_id, category)
);
CREATE TABLE excellent_round (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	total_target INTEGER NOT NULL, 
	tol_category INTEGER NOT NULL, 
	tol_overall INTEGER NOT NULL, 
	selection_date DATE, 
	note TEXT, 
	CONSTRAINT pk_excellent_round PRIMARY KEY (id), 
	CONSTRAINT uq_excellent_round_year UNIQUE (year)
);
CREATE TABLE excellent_stage_change (
	id INTEGER NOT NULL, 
	nomination_id INTEGER NOT NULL, 
	from_stage VARCHAR(6), 
	to_stage VARCHAR(6) NOT NULL, 
	at DATETIME NOT NULL, 
	"by" VARCHAR(60) NOT NULL, 
	reason TEXT, 
	CONSTRAINT pk_excellent_stage_change PRIMARY KEY (id), 
	CONSTRAINT fk_excellent_stage_change_nomination_id_excellent_nomination FOREIGN KEY(nomination_id) REFERENCES excellent_nomination (id) ON DELETE CASCADE
);
CREATE TABLE excellent_suggestion (
	id INTEGER NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	decision VARCHAR(4) NOT NULL, 
	evidence TEXT NOT NULL, 
	reason TEXT, 
	honour_id INTEGER, 
	at DATETIME NOT NULL, 
	"by" VARCHAR(60) NOT NULL, 
	CONSTRAINT pk_excellent_suggestion PRIMARY KEY (id), 
	CONSTRAINT fk_excellent_suggestion_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE, 
	CONSTRAINT fk_excellent_suggestion_honour_id_excellent_honour FOREIGN KEY(honour_id) REFERENCES excellent_honour (id) ON DELETE SET NULL, 
	CONSTRAINT uq_excellent_suggestion_cadre_id_year_kind UNIQUE (cadre_id, year, kind)
);
CREATE TABLE issuing_body (
	id INTEGER NOT NULL, 
	name VARCHAR(60) NOT NULL, 
	mark VARCHAR(60) NOT NULL, 
	prefix VARCHAR(20) NOT NULL, 
	sort INTEGER NOT NULL, 
	active BOOLEAN NOT NULL, 
	CONSTRAINT pk_issuing_body PRIMARY KEY (id), 
	CONSTRAINT uq_issuing_body_name UNIQUE (name), 
	CONSTRAINT uq_issuing_body_prefix UNIQUE (prefix)
);
INSERT INTO "issuing_body" VALUES(1,'中共紫阳县委','中共紫阳县委文件','紫发',0,1);
INSERT INTO "issuing_body" VALUES(2,'紫阳县人民政府','紫阳县人民政府文件','紫政发',1,1);
INSERT INTO "issuing_body" VALUES(3,'中共紫阳县委办公室','中共紫阳县委办公室文件','紫办发',2,1);
INSERT INTO "issuing_body" VALUES(4,'紫阳县人民政府办公室','紫阳县人民政府办公室文件','紫政办发',3,1);
INSERT INTO "issuing_body" VALUES(5,'中共紫阳县委组织部','中共紫阳县委组织部文件','紫组发',4,1);
INSERT INTO "issuing_body" VALUES(6,'中共紫阳县纪委 紫阳县监委','中共紫阳县纪委 紫阳县监委文件','紫纪发',5,1);
INSERT INTO "issuing_body" VALUES(7,'紫阳县人力资源和社会保障局','紫阳县人力资源和社会保障局文件','紫人社发',6,1);
CREATE TABLE monitoring_rank (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	indicator VARCHAR(80) NOT NULL, 
	unit_id INTEGER NOT NULL, 
	province_rank INTEGER NOT NULL, 
	city_rank INTEGER, 
	province_count INTEGER, 
	city_count INTEGER, 
	retreat_province_rank INTEGER, 
	CONSTRAINT pk_monitoring_rank PRIMARY KEY (id), 
	CONSTRAINT fk_monitoring_rank_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id), 
	CONSTRAINT uq_monitoring_rank_year_indicator_unit_id UNIQUE (year, indicator, unit_id)
);
INSERT INTO "monitoring_rank" VALUES(1,2024,'地区生产总值增速',18,76,8,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(2,2025,'地区生产总值增速',18,76,8,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(3,2024,'固定资产投资增速',19,81,9,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(4,2025,'固定资产投资增速',19,81,9,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(5,2024,'社会消费品零售总额增速',20,58,6,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(6,2025,'社会消费品零售总额增速',20,56,6,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(7,2024,'城镇居民人均可支配收入增速',21,33,4,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(8,2025,'城镇居民人均可支配收入增速',21,36,4,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(9,2024,'农村居民人均可支配收入增速',22,81,9,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(10,2025,'农村居民人均可支配收入增速',22,82,9,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(11,2024,'一般公共预算收入增速',23,80,9,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(12,2025,'一般公共预算收入增速',23,80,9,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(13,2024,'规模以上工业增加值增速',24,46,5,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(14,2025,'规模以上工业增加值增速',24,49,5,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(15,2024,'招商引资到位资金',25,69,7,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(16,2025,'招商引资到位资金',25,68,7,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(17,2024,'森林覆盖率',26,30,4,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(18,2025,'森林覆盖率',26,31,4,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(19,2024,'空气质量优良天数',27,22,3,107,10,NULL);
INSERT INTO "monitoring_rank" VALUES(20,2025,'空气质量优良天数',27,20,3,107,10,NULL);
CREATE TABLE post (
	id INTEGER NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	title VARCHAR(80) NOT NULL, 
	level VARCHAR(20) NOT NULL, 
	is_principal BOOLEAN NOT NULL, 
	is_leadership BOOLEAN NOT NULL, 
	is_frontline BOOLEAN NOT NULL, 
	start_date DATE, 
	end_date DATE, 
	CONSTRAINT pk_post PRIMARY KEY (id), 
	CONSTRAINT fk_post_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE, 
	CONSTRAINT fk_post_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id)
);
INSERT INTO "post" VALUES(1,1,1,'党委书记','正科级',1,1,1,'2023-09-25',NULL);
INSERT INTO "post" VALUES(2,2,6,'副镇长','副科级',0,1,1,'2018-02-05','2023-05-05');
INSERT INTO "post" VALUES(3,2,1,'党委副书记、镇长','正科级',1,1,1,'2023-05-05',NULL);
INSERT INTO "post" VALUES(4,3,1,'四级主任科员','四级主任科员',0,0,1,'2020-08-04','2023-04-30');
INSERT INTO "post" VALUES(5,3,1,'人大主席','正科级',0,1,1,'2023-04-30',NULL);
INSERT INTO "post" VALUES(6,4,1,'四级主任科员','四级主任科员',0,0,1,'2019-06-09','2025-01-26');
INSERT INTO "post" VALUES(7,4,1,'党委副书记','副科级',0,1,1,'2025-01-26',NULL);
INSERT INTO "post" VALUES(8,5,29,'四级主任科员','四级主任科员',0,0,0,'2022-10-13','2025-04-24');
INSERT INTO "post" VALUES(9,5,1,'纪委书记','副科级',0,1,1,'2025-04-24',NULL);
INSERT INTO "post" VALUES(10,6,1,'副镇长','副科级',0,1,1,'2024-03-02',NULL);
INSERT INTO "post" VALUES(11,7,1,'组织委员','副科级',0,1,1,'2025-08-03',NULL);
INSERT INTO "post" VALUES(12,8,10,'四级主任科员','四级主任科员',0,0,1,'2022-01-18','2024-05-17');
INSERT INTO "post" VALUES(13,8,1,'副镇长','副科级',0,1,1,'2024-05-17',NULL);
INSERT INTO "post" VALUES(14,9,2,'党委书记','正科级',1,1,1,'2024-09-22',NULL);
INSERT INTO "post" VALUES(15,10,19,'副主任','副科级',0,1,0,'2020-10-27','2024-07-13');
INSERT INTO "post" VALUES(16,10,2,'党委副书记、镇长','正科级',1,1,1,'2024-07-13',NULL);
INSERT INTO "post" VALUES(17,11,2,'四级主任科员','四级主任科员',0,0,1,'2020-04-10','2024-11-17');
INSERT INTO "post" VALUES(18,11,2,'人大主席','正科级',0,1,1,'2024-11-17',NULL);
INSERT INTO "post" VALUES(19,12,2,'党委副书记','副科级',0,1,1,'2019-06-14',NULL);
INSERT INTO "post" VALUES(20,13,5,'四级主任科员','四级主任科员',0,0,1,'2018-05-11','2021-10-27');
INSERT INTO "post" VALUES(21,13,2,'纪委书记','副科级',0,1,1,'2021-10-27',NULL);
INSERT INTO "post" VALUES(22,14,2,'副镇长','副科级',0,1,1,'2023-03-12',NULL);
INSERT INTO "post" VALUES(23,15,2,'组织委员','副科级',0,1,1,'2022-08-01',NULL);
INSERT INTO "post" VALUES(24,16,13,'四级主任科员','四级主任科员',0,0,1,'2021-06-13','2023-12-17');
INSERT INTO "post" VALUES(25,16,2,'副镇长','副科级',0,1,1,'2023-12-17',NULL);
INSERT INTO "post" VALUES(26,17,3,'副镇长','副科级',0,1,1,'2015-11-16','2021-06-02');
INSERT INTO "post" VALUES(27,17,3,'党委书记','正科级',1,1,1,'2021-06-02',NULL);
INSERT INTO "post" VALUES(28,18,8,'副镇长','副科级',0,1,1,'2020-06-22','2024-03-24');
INSERT INTO "post" VALUES(29,18,3,'党委副书记、镇长','正科级',1,1,1,'2024-03-24',NULL);
INSERT INTO "post" VALUES(30,19,3,'人大主席','正科级',0,1,1,'2021-12-15',NULL);
INSERT INTO "post" VALUES(31,20,3,'四级主任科员','四级主任科员',0,0,1,'2022-01-14','2024-01-27');
INSERT INTO "post" VALUES(32,20,3,'党委副书记','副科级',0,1,1,'2024-01-27',NULL);
INSERT INTO "post" VALUES(33,21,27,'四级主任科员','四级主任科员',0,0,0,'2018-11-20','2024-10-29');
INSERT INTO "post" VALUES(34,21,3,'纪委书记','副科级',0,1,1,'2024-10-29',NULL);
INSERT INTO "post" VALUES(35,22,2,'四级主任科员','四级主任科员',0,0,1,'2017-07-03','2019-12-15');
INSERT INTO "post" VALUES(36,22,3,'副镇长','副科级',0,1,1,'2019-12-15',NULL);
INSERT INTO "post" VALUES(37,23,4,'党委书记','正科级',1,1,1,'2022-06-14',NULL);
INSERT INTO "post" VALUES(38,24,2,'副镇长','副科级',0,1,1,'2023-01-11','2025-04-26');
INSERT INTO "post" VALUES(39,24,4,'党委副书记、镇长','正科级',1,1,1,'2025-04-26',NULL);
INSERT INTO "post" VALUES(40,25,4,'人大主席','正科级',0,1,1,'2024-09-13',NULL);
INSERT INTO "post" VALUES(41,26,4,'四级主任科员','四级主任科员',0,0,1,'2015-04-26','2019-07-10');
INSERT INTO "post" VALUES(42,26,4,'党委副书记','副科级',0,1,1,'2019-07-10',NULL);
INSERT INTO "post" VALUES(43,27,4,'四级主任科员','四级主任科员',0,0,1,'2019-07-20','2023-10-31');
INSERT INTO "post" VALUES(44,27,4,'纪委书记','副科级',0,1,1,'2023-10-31',NULL);
INSERT INTO "post" VALUES(45,28,5,'党委书记','正科级',1,1,1,'2019-03-18',NULL);
INSERT INTO "post" VALUES(46,29,5,'党委副书记、镇长','正科级',1,1,1,'2018-03-10',NULL);
INSERT INTO "post" VALUES(47,30,8,'四级主任科员','四级主任科员',0,0,1,'2016-02-07','2020-12-10');
INSERT INTO "post" VALUES(48,30,5,'人大主席','正科级',0,1,1,'2020-12-10',NULL);
INSERT INTO "post" VALUES(49,31,5,'四级主任科员','四级主任科员',0,0,1,'2014-12-31','2019-06-05');
INSERT INTO "post" VALUES(50,31,5,'党委副书记','副科级',0,1,1,'2019-06-05',NULL);
INSERT INTO "post" VALUES(51,32,15,'四级主任科员','四级主任科员',0,0,1,'2017-09-07','2021-04-09');
INSERT INTO "post" VALUES(52,32,5,'纪委书记','副科级',0,1,1,'2021-04-09',NULL);
INSERT INTO "post" VALUES(53,33,5,'副镇长','副科级',0,1,1,'2023-05-31',NULL);
INSERT INTO "post" VALUES(54,34,11,'副镇长','副科级',0,1,1,'2017-07-17','2021-12-18');
INSERT INTO "post" VALUES(55,34,6,'党委书记','正科级',1,1,1,'2021-12-18',NULL);
INSERT INTO "post" VALUES(56,35,6,'党委副书记、镇长','正科级',1,1,1,'2021-05-27',NULL);
INSERT INTO "post" VALUES(57,36,6,'四级主任科员','四级主任科员',0,0,1,'2021-06-22','2025-05-16');
INSERT INTO "post" VALUES(58,36,6,'人大主席','正科级',0,1,1,'2025-05-16',NULL);
INSERT INTO "post" VALUES(59,37,6,'党委副书记','副科级',0,1,1,'2020-10-11',NULL);
INSERT INTO "post" VALUES(60,38,6,'纪委书记','副科级',0,1,1,'2024-03-14',NULL);
INSERT INTO "post" VALUES(61,39,6,'副镇长','副科级',0,1,1,'2019-11-23',NULL);
INSERT INTO "post" VALUES(62,40,6,'组织委员','副科级',0,1,1,'2025-10-23',NULL);
INSERT INTO "post" VALUES(63,41,1,'副镇长','副科级',0,1,1,'2020-02-09','2025-10-13');
INSERT INTO "post" VALUES(64,41,7,'党委书记','正科级',1,1,1,'2025-10-13',NULL);
INSERT INTO "post" VALUES(65,42,7,'副镇长','副科级',0,1,1,'2019-11-07','2023-11-20');
INSERT INTO "post" VALUES(66,42,7,'党委副书记、镇长','正科级',1,1,1,'2023-11-20',NULL);
INSERT INTO "post" VALUES(67,43,7,'人大主席','正科级',0,1,1,'2024-02-13',NULL);
INSERT INTO "post" VALUES(68,44,2,'四级主任科员','四级主任科员',0,0,1,'2018-11-16','2022-07-20');
INSERT INTO "post" VALUES(69,44,7,'党委副书记','副科级',0,1,1,'2022-07-20',NULL);
INSERT INTO "post" VALUES(70,45,7,'纪委书记','副科级',0,1,1,'2018-07-09',NULL);
INSERT INTO "post" VALUES(71,46,7,'副镇长','副科级',0,1,1,'2018-08-22',NULL);
INSERT INTO "post" VALUES(72,47,8,'副镇长','副科级',0,1,1,'2020-05-12','2025-10-19');
INSERT INTO "post" VALUES(73,47,8,'党委书记','正科级',1,1,1,'2025-10-19',NULL);
INSERT INTO "post" VALUES(74,48,7,'副镇长','副科级',0,1,1,'2015-12-31','2020-01-23');
INSERT INTO "post" VALUES(75,48,8,'党委副书记、镇长','正科级',1,1,1,'2020-01-23',NULL);
INSERT INTO "post" VALUES(76,49,8,'人大主席','正科级',0,1,1,'2024-04-06',NULL);
INSERT INTO "post" VALUES(77,50,8,'党委副书记','副科级',0,1,1,'2023-11-05',NULL);
INSERT INTO "post" VALUES(78,51,8,'纪委书记','副科级',0,1,1,'2020-04-07',NULL);
INSERT INTO "post" VALUES(79,52,8,'副镇长','副科级',0,1,1,'2020-10-14',NULL);
INSERT INTO "post" VALUES(80,53,9,'党委书记','正科级',1,1,1,'2021-04-17',NULL);
INSERT INTO "post" VALUES(81,54,22,'副部长','副科级',0,1,0,'2012-05-31','2018-01-11');
INSERT INTO "post" VALUES(82,54,9,'党委副书记、镇长','正科级',1,1,1,'2018-01-11',NULL);
INSERT INTO "post" VALUES(83,55,9,'人大主席','正科级',0,1,1,'2021-04-08',NULL);
INSERT INTO "post" VALUES(84,56,9,'党委副书记','副科级',0,1,1,'2018-02-01',NULL);
INSERT INTO "post" VALUES(85,57,9,'纪委书记','副科级',0,1,1,'2018-09-10',NULL);
INSERT INTO "post" VALUES(86,58,9,'副镇长','副科级',0,1,1,'2021-08-13',NULL);
INSERT INTO "post" VALUES(87,59,23,'副书记','副科级',0,1,0,'2014-04-23','2019-10-14');
INSERT INTO "post" VALUES(88,59,10,'党委书记','正科级',1,1,1,'2019-10-14',NULL);
INSERT INTO "post" VALUES(89,60,10,'党委副书记、镇长','正科级',1,1,1,'2025-03-21',NULL);
INSERT INTO "post" VALUES(90,61,10,'人大主席','正科级',0,1,1,'2023-03-07',NULL);
INSERT INTO "post" VALUES(91,62,10,'党委副书记','副科级',0,1,1,'2022-01-01',NULL);
INSERT INTO "post" VALUES(92,63,10,'四级主任科员','四级主任科员',0,0,1,'2018-11-20','2022-09-29');
INSERT INTO "post" VALUES(93,63,10,'纪委书记','副科级',0,1,1,'2022-09-29',NULL);
INSERT INTO "post" VALUES(94,64,11,'副镇长','副科级',0,1,1,'2014-04-14','2019-02-08');
INSERT INTO "post" VALUES(95,64,11,'党委书记','正科级',1,1,1,'2019-02-08',NULL);
INSERT INTO "post" VALUES(96,65,11,'党委副书记、镇长','正科级',1,1,1,'2019-09-16',NULL);
INSERT INTO "post" VALUES(97,66,27,'四级主任科员','四级主任科员',0,0,0,'2022-01-26','2024-05-26');
INSERT INTO "post" VALUES(98,66,11,'人大主席','正科级',0,1,1,'2024-05-26',NULL);
INSERT INTO "post" VALUES(99,67,28,'四级主任科员','四级主任科员',0,0,0,'2016-10-15','2019-11-07');
INSERT INTO "post" VALUES(100,67,11,'党委副书记','副科级',0,1,1,'2019-11-07',NULL);
INSERT INTO "post" VALUES(101,68,11,'纪委书记','副科级',0,1,1,'2019-12-25',NULL);
INSERT INTO "post" VALUES(102,69,11,'四级主任科员','四级主任科员',0,0,1,'2017-04-22','2020-04-06');
INSERT INTO "post" VALUES(103,69,11,'副镇长','副科级',0,1,1,'2020-04-06',NULL);
INSERT INTO "post" VALUES(104,70,25,'四级主任科员','四级主任科员',0,0,0,'2021-07-30','2025-09-09');
INSERT INTO "post" VALUES(105,70,11,'组织委员','副科级',0,1,1,'2025-09-09',NULL);
INSERT INTO "post" VALUES(106,71,11,'副镇长','副科级',0,1,1,'2022-06-29',NULL);
INSERT INTO "post" VALUES(107,72,12,'党委书记','正科级',1,1,1,'2024-04-06',NULL);
INSERT INTO "post" VALUES(108,73,12,'党委副书记、镇长','正科级',1,1,1,'2022-02-04',NULL);
INSERT INTO "post" VALUES(109,74,22,'四级主任科员','四级主任科员',0,0,0,'2019-09-21','2025-01-01');
INSERT INTO "post" VALUES(110,74,12,'人大主席','正科级',0,1,1,'2025-01-01',NULL);
INSERT INTO "post" VALUES(111,75,12,'四级主任科员','四级主任科员',0,0,1,'2019-10-06','2025-01-31');
INSERT INTO "post" VALUES(112,75,12,'党委副书记','副科级',0,1,1,'2025-01-31',NULL);
INSERT INTO "post" VALUES(113,76,12,'纪委书记','副科级',0,1,1,'2025-09-11',NULL);
INSERT INTO "post" VALUES(114,77,12,'四级主任科员','四级主任科员',0,0,1,'2019-10-21','2023-09-22');
INSERT INTO "post" VALUES(115,77,12,'副镇长','副科级',0,1,1,'2023-09-22',NULL);
INSERT INTO "post" VALUES(116,78,12,'组织委员','副科级',0,1,1,'2018-09-17',NULL);
INSERT INTO "post" VALUES(117,79,29,'四级主任科员','四级主任科员',0,0,0,'2022-05-20','2024-11-07');
INSERT INTO "post" VALUES(118,79,12,'副镇长','副科级',0,1,1,'2024-11-07',NULL);
INSERT INTO "post" VALUES(119,80,12,'宣传委员','副科级',0,1,1,'2024-08-31',NULL);
INSERT INTO "post" VALUES(120,81,13,'党委书记','正科级',1,1,1,'2020-06-19',NULL);
INSERT INTO "post" VALUES(121,82,13,'党委副书记、镇长','正科级',1,1,1,'2022-06-20',NULL);
INSERT INTO "post" VALUES(122,83,13,'四级主任科员','四级主任科员',0,0,1,'2018-09-01','2023-04-29');
INSERT INTO "post" VALUES(123,83,13,'人大主席','正科级',0,1,1,'2023-04-29',NULL);
INSERT INTO "post" VALUES(124,84,13,'党委副书记','副科级',0,1,1,'2019-08-13',NULL);
INSERT INTO "post" VALUES(125,85,11,'四级主任科员','四级主任科员',0,0,1,'2022-08-01','2025-05-01');
INSERT INTO "post" VALUES(126,85,13,'纪委书记','副科级',0,1,1,'2025-05-01',NULL);
INSERT INTO "post" VALUES(127,86,13,'四级主任科员','四级主任科员',0,0,1,'2020-10-23','2024-04-23');
INSERT INTO "post" VALUES(128,86,13,'副镇长','副科级',0,1,1,'2024-04-23',NULL);
INSERT INTO "post" VALUES(129,87,13,'组织委员','副科级',0,1,1,'2020-05-18',NULL);
INSERT INTO "post" VALUES(130,88,13,'副镇长','副科级',0,1,1,'2020-11-14',NULL);
INSERT INTO "post" VALUES(131,89,24,'副主任','副科级',0,1,0,'2018-05-23','2021-06-06');
INSERT INTO "post" VALUES(132,89,14,'党委书记','正科级',1,1,1,'2021-06-06',NULL);
INSERT INTO "post" VALUES(133,90,14,'副镇长','副科级',0,1,1,'2016-05-04','2022-03-29');
INSERT INTO "post" VALUES(134,90,14,'党委副书记、镇长','正科级',1,1,1,'2022-03-29',NULL);
INSERT INTO "post" VALUES(135,91,14,'人大主席','正科级',0,1,1,'2019-10-10',NULL);
INSERT INTO "post" VALUES(136,92,14,'党委副书记','副科级',0,1,1,'2019-02-18',NULL);
INSERT INTO "post" VALUES(137,93,14,'四级主任科员','四级主任科员',0,0,1,'2015-07-29','2020-03-14');
INSERT INTO "post" VALUES(138,93,14,'纪委书记','副科级',0,1,1,'2020-03-14',NULL);
INSERT INTO "post" VALUES(139,94,14,'副镇长','副科级',0,1,1,'2022-01-06',NULL);
INSERT INTO "post" VALUES(140,95,15,'副镇长','副科级',0,1,1,'2016-09-03','2021-12-24');
INSERT INTO "post" VALUES(141,95,15,'党委书记','正科级',1,1,1,'2021-12-24',NULL);
INSERT INTO "post" VALUES(142,96,22,'副部长','副科级',0,1,0,'2018-07-20','2023-06-24');
INSERT INTO "post" VALUES(143,96,15,'党委副书记、镇长','正科级',1,1,1,'2023-06-24',NULL);
INSERT INTO "post" VALUES(144,97,15,'人大主席','正科级',0,1,1,'2019-11-07',NULL);
INSERT INTO "post" VALUES(145,98,22,'四级主任科员','四级主任科员',0,0,0,'2022-04-24','2025-06-07');
INSERT INTO "post" VALUES(146,98,15,'党委副书记','副科级',0,1,1,'2025-06-07',NULL);
INSERT INTO "post" VALUES(147,99,15,'纪委书记','副科级',0,1,1,'2024-09-28',NULL);
INSERT INTO "post" VALUES(148,100,15,'副镇长','副科级',0,1,1,'2025-09-11',NULL);
INSERT INTO "post" VALUES(149,101,16,'党委书记','正科级',1,1,1,'2019-10-11',NULL);
INSERT INTO "post" VALUES(150,102,17,'副镇长','副科级',0,1,1,'2016-06-28','2021-12-04');
INSERT INTO "post" VALUES(151,102,16,'党委副书记、镇长','正科级',1,1,1,'2021-12-04',NULL);
INSERT INTO "post" VALUES(152,103,25,'四级主任科员','四级主任科员',0,0,0,'2019-02-10','2022-04-02');
INSERT INTO "post" VALUES(153,103,16,'人大主席','正科级',0,1,1,'2022-04-02',NULL);
INSERT INTO "post" VALUES(154,104,11,'四级主任科员','四级主任科员',0,0,1,'2017-03-02','2021-06-06');
INSERT INTO "post" VALUES(155,104,16,'党委副书记','副科级',0,1,1,'2021-06-06',NULL);
INSERT INTO "post" VALUES(156,105,26,'四级主任科员','四级主任科员',0,0,0,'2022-07-14','2025-08-21');
INSERT INTO "post" VALUES(157,105,16,'纪委书记','副科级',0,1,1,'2025-08-21',NULL);
INSERT INTO "post" VALUES(158,106,26,'四级主任科员','四级主任科员',0,0,0,'2015-01-14','2020-12-13');
INSERT INTO "post" VALUES(159,106,16,'副镇长','副科级',0,1,1,'2020-12-13',NULL);
INSERT INTO "post" VALUES(160,107,16,'组织委员','副科级',0,1,1,'2019-11-15',NULL);
INSERT INTO "post" VALUES(161,108,18,'四级主任科员','四级主任科员',0,0,0,'2019-07-08','2024-02-01');
INSERT INTO "post" VALUES(162,108,16,'副镇长','副科级',0,1,1,'2024-02-01',NULL);
INSERT INTO "post" VALUES(163,109,17,'党委书记','正科级',1,1,1,'2018-09-25',NULL);
INSERT INTO "post" VALUES(164,110,17,'副镇长','副科级',0,1,1,'2019-06-06','2022-07-30');
INSERT INTO "post" VALUES(165,110,17,'党委副书记、镇长','正科级',1,1,1,'2022-07-30',NULL);
INSERT INTO "post" VALUES(166,111,20,'四级主任科员','四级主任科员',0,0,0,'2016-06-24','2019-01-05');
INSERT INTO "post" VALUES(167,111,17,'人大主席','正科级',0,1,1,'2019-01-05',NULL);
INSERT INTO "post" VALUES(168,112,17,'四级主任科员','四级主任科员',0,0,1,'2021-06-19','2023-11-25');
INSERT INTO "post" VALUES(169,112,17,'党委副书记','副科级',0,1,1,'2023-11-25',NULL);
INSERT INTO "post" VALUES(170,113,20,'四级主任科员','四级主任科员',0,0,0,'2016-10-13','2021-07-09');
INSERT INTO "post" VALUES(171,113,17,'纪委书记','副科级',0,1,1,'2021-07-09',NULL);
INSERT INTO "post" VALUES(172,114,18,'纪委副书记、监委副主任','正科级',1,1,0,'2019-05-07',NULL);
INSERT INTO "post" VALUES(173,115,16,'四级主任科员','四级主任科员',0,0,1,'2016-11-27','2020-01-25');
INSERT INTO "post" VALUES(174,115,18,'纪委常委','副科级',0,1,0,'2020-01-25',NULL);
INSERT INTO "post" VALUES(175,116,19,'主任','正科级',1,1,0,'2024-09-21',NULL);
INSERT INTO "post" VALUES(176,117,15,'四级主任科员','四级主任科员',0,0,1,'2019-12-28','2024-10-20');
INSERT INTO "post" VALUES(177,117,19,'副主任','副科级',0,1,0,'2024-10-20',NULL);
INSERT INTO "post" VALUES(178,118,5,'四级主任科员','四级主任科员',0,0,1,'2020-03-18','2025-02-14');
INSERT INTO "post" VALUES(179,118,19,'副主任','副科级',0,1,0,'2025-02-14',NULL);
INSERT INTO "post" VALUES(180,119,20,'常务副部长','正科级',1,1,0,'2019-10-30',NULL);
INSERT INTO "post" VALUES(181,120,17,'四级主任科员','四级主任科员',0,0,1,'2019-02-06','2023-05-31');
INSERT INTO "post" VALUES(182,120,20,'副部长','副科级',0,1,0,'2023-05-31',NULL);
INSERT INTO "post" VALUES(183,121,21,'常务副部长','正科级',1,1,0,'2018-09-30',NULL);
INSERT INTO "post" VALUES(184,122,21,'副部长','副科级',0,1,0,'2018-08-24',NULL);
INSERT INTO "post" VALUES(185,123,21,'四级主任科员','四级主任科员',0,0,0,'2016-04-23','2018-06-20');
INSERT INTO "post" VALUES(186,123,21,'副部长','副科级',0,1,0,'2018-06-20',NULL);
INSERT INTO "post" VALUES(187,124,22,'常务副部长','正科级',1,1,0,'2018-02-08',NULL);
INSERT INTO "post" VALUES(188,125,22,'四级主任科员','四级主任科员',0,0,0,'2013-12-22','2019-07-30');
INSERT INTO "post" VALUES(189,125,22,'副部长','副科级',0,1,0,'2019-07-30',NULL);
INSERT INTO "post" VALUES(190,126,22,'副部长','副科级',0,1,0,'2024-04-19',NULL);
INSERT INTO "post" VALUES(191,127,23,'常务副书记','正科级',1,1,0,'2023-08-09',NULL);
INSERT INTO "post" VALUES(192,128,23,'副书记','副科级',0,1,0,'2024-12-31',NULL);
INSERT INTO "post" VALUES(193,129,6,'副镇长','副科级',0,1,1,'2017-09-25','2021-10-27');
INSERT INTO "post" VALUES(194,129,24,'主任','正科级',1,1,0,'2021-10-27',NULL);
INSERT INTO "post" VALUES(195,130,24,'副主任','副科级',0,1,0,'2019-12-16',NULL);
INSERT INTO "post" VALUES(196,131,24,'副主任','副科级',0,1,0,'2021-08-17',NULL);
INSERT INTO "post" VALUES(197,132,24,'副主任','副科级',0,1,0,'2023-05-17',NULL);
INSERT INTO "post" VALUES(198,133,25,'常务副校长','正科级',1,1,0,'2022-02-21',NULL);
INSERT INTO "post" VALUES(199,134,11,'四级主任科员','四级主任科员',0,0,1,'2019-01-28','2023-02-23');
INSERT INTO "post" VALUES(200,134,25,'副校长','副科级',0,1,0,'2023-02-23',NULL);
INSERT INTO "post" VALUES(201,135,25,'副校长','副科级',0,1,0,'2024-03-01',NULL);
INSERT INTO "post" VALUES(202,136,26,'主任','正科级',1,1,0,'2021-04-23',NULL);
INSERT INTO "post" VALUES(203,137,26,'副主任','副科级',0,1,0,'2024-02-21',NULL);
INSERT INTO "post" VALUES(204,138,26,'副主任','副科级',0,1,0,'2024-11-02',NULL);
INSERT INTO "post" VALUES(205,139,1,'副镇长','副科级',0,1,1,'2018-05-22','2021-05-15');
INSERT INTO "post" VALUES(206,139,27,'主任','正科级',1,1,0,'2021-05-15',NULL);
INSERT INTO "post" VALUES(207,140,27,'副主任','副科级',0,1,0,'2021-11-24',NULL);
INSERT INTO "post" VALUES(208,141,28,'副局长','副科级',0,1,0,'2015-10-14','2019-11-12');
INSERT INTO "post" VALUES(209,141,28,'局长','正科级',1,1,0,'2019-11-12',NULL);
INSERT INTO "post" VALUES(210,142,28,'四级主任科员','四级主任科员',0,0,0,'2019-01-26','2023-07-12');
INSERT INTO "post" VALUES(211,142,28,'副局长','副科级',0,1,0,'2023-07-12',NULL);
INSERT INTO "post" VALUES(212,143,9,'四级主任科员','四级主任科员',0,0,1,'2018-06-05','2021-09-22');
INSERT INTO "post" VALUES(213,143,28,'副局长','副科级',0,1,0,'2021-09-22',NULL);
INSERT INTO "post" VALUES(214,144,29,'主任','正科级',1,1,0,'2019-07-24',NULL);
INSERT INTO "post" VALUES(215,145,29,'副主任','副科级',0,1,0,'2019-02-15',NULL);
INSERT INTO "post" VALUES(216,146,29,'四级主任科员','四级主任科员',0,0,0,'2018-08-02','2024-07-19');
INSERT INTO "post" VALUES(217,146,29,'副主任','副科级',0,1,0,'2024-07-19',NULL);
INSERT INTO "post" VALUES(218,147,29,'副主任','副科级',0,1,0,'2024-05-16',NULL);
INSERT INTO "post" VALUES(219,148,8,'副镇长','副科级',0,1,1,'2016-08-13','2022-01-08');
INSERT INTO "post" VALUES(220,148,30,'主任','正科级',1,1,0,'2022-01-08',NULL);
INSERT INTO "post" VALUES(221,149,30,'副主任','副科级',0,1,0,'2025-08-07',NULL);
INSERT INTO "post" VALUES(222,150,7,'四级主任科员','四级主任科员',0,0,1,'2014-09-19','2020-04-04');
INSERT INTO "post" VALUES(223,150,30,'副主任','副科级',0,1,0,'2020-04-04',NULL);
CREATE TABLE promotion_key_work (
	id INTEGER NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	work VARCHAR(120) NOT NULL, 
	result TEXT NOT NULL, 
	CONSTRAINT pk_promotion_key_work PRIMARY KEY (id), 
	CONSTRAINT fk_promotion_key_work_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE
);
CREATE TABLE promotion_review (
	id INTEGER NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	post_text VARCHAR(120) NOT NULL, 
	exchange BOOLEAN NOT NULL, 
	review_date DATE NOT NULL, 
	facts JSON NOT NULL, 
	lines JSON NOT NULL, 
	conclusion VARCHAR(60) NOT NULL, 
	run_at DATETIME NOT NULL, 
	run_by VARCHAR(60) NOT NULL, 
	CONSTRAINT pk_promotion_review PRIMARY KEY (id), 
	CONSTRAINT fk_promotion_review_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE
);
CREATE TABLE ranking_override (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	award VARCHAR(10), 
	reason TEXT NOT NULL, 
	"by" VARCHAR(60) NOT NULL, 
	at DATETIME NOT NULL, 
	CONSTRAINT pk_ranking_override PRIMARY KEY (id), 
	CONSTRAINT fk_ranking_override_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id), 
	CONSTRAINT uq_ranking_override_year_unit_id UNIQUE (year, unit_id)
);
CREATE TABLE ranking_tie_break (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	group_name VARCHAR(40) NOT NULL, 
	winners JSON NOT NULL, 
	reason TEXT NOT NULL, 
	"by" VARCHAR(60) NOT NULL, 
	at DATETIME NOT NULL, 
	CONSTRAINT pk_ranking_tie_break PRIMARY KEY (id), 
	CONSTRAINT uq_ranking_tie_break_year_group_name UNIQUE (year, group_name)
);
CREATE TABLE recorded_award (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	unit_id INTEGER NOT NULL, 
	village VARCHAR(60), 
	grade VARCHAR(10), 
	task VARCHAR(40), 
	plus_points NUMERIC(8, 2), 
	recommended BOOLEAN NOT NULL, 
	reason TEXT NOT NULL, 
	CONSTRAINT pk_recorded_award PRIMARY KEY (id), 
	CONSTRAINT fk_recorded_award_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id)
);
INSERT INTO "recorded_award" VALUES(1,2025,'重大改革创新贡献奖',20,NULL,'一等奖',NULL,NULL,0,'演示数据');
INSERT INTO "recorded_award" VALUES(2,2025,'重大改革创新贡献奖',21,NULL,'二等奖',NULL,NULL,0,'演示数据');
INSERT INTO "recorded_award" VALUES(3,2025,'重点工作单项考核奖',21,NULL,NULL,'重点项目建设',NULL,0,'演示数据');
INSERT INTO "recorded_award" VALUES(4,2025,'重点工作单项考核奖',22,NULL,NULL,'文化旅游产业',NULL,0,'演示数据');
INSERT INTO "recorded_award" VALUES(5,2025,'重点工作单项考核奖',23,NULL,NULL,'生态文明建设',NULL,0,'演示数据');
INSERT INTO "recorded_award" VALUES(6,2025,'目标责任考核创优贡献奖',22,NULL,NULL,NULL,1.5,0,'演示数据');
INSERT INTO "recorded_award" VALUES(7,2025,'脱贫攻坚工作先进镇',1,NULL,NULL,NULL,NULL,1,'演示数据');
INSERT INTO "recorded_award" VALUES(8,2025,'脱贫攻坚工作先进镇',2,NULL,NULL,NULL,NULL,0,'演示数据');
INSERT INTO "recorded_award" VALUES(9,2025,'脱贫攻坚先进部门',23,NULL,NULL,NULL,NULL,0,'演示数据');
INSERT INTO "recorded_award" VALUES(10,2025,'脱贫攻坚先进村',1,'东城村',NULL,NULL,NULL,0,'演示数据');
INSERT INTO "recorded_award" VALUES(11,2025,'脱贫攻坚先进村',2,'西关村',NULL,NULL,NULL,0,'演示数据');
INSERT INTO "recorded_award" VALUES(12,2025,'脱贫攻坚先进村',3,'新华村',NULL,NULL,NULL,0,'演示数据');
INSERT INTO "recorded_award" VALUES(13,2025,'脱贫攻坚先进村',1,'双星村',NULL,NULL,NULL,0,'演示数据');
INSERT INTO "recorded_award" VALUES(14,2025,'脱贫攻坚先进村',2,'太坪村',NULL,NULL,NULL,0,'演示数据');
INSERT INTO "recorded_award" VALUES(15,2025,'脱贫攻坚先进村',3,'红旗村',NULL,NULL,NULL,0,'演示数据');
CREATE TABLE reserve_entry (
	id INTEGER NOT NULL, 
	cadre_id INTEGER NOT NULL, 
	source VARCHAR(30) NOT NULL, 
	source_ref VARCHAR(60), 
	added_on DATE NOT NULL, 
	note TEXT, 
	removed_on DATE, 
	removal_reason TEXT, 
	CONSTRAINT pk_reserve_entry PRIMARY KEY (id), 
	CONSTRAINT fk_reserve_entry_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE
);
CREATE TABLE setting (
	id INTEGER NOT NULL, 
	"key" VARCHAR(80) NOT NULL, 
	year INTEGER, 
	value JSON NOT NULL, 
	CONSTRAINT pk_setting PRIMARY KEY (id), 
	CONSTRAINT uq_setting_key_year UNIQUE ("key", year)
);
INSERT INTO "setting" VALUES(1,'demo',NULL,'true');
CREATE TABLE tolerance_case (
	id INTEGER NOT NULL, 
	number VARCHAR(40) NOT NULL, 
	year INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	applicant_type VARCHAR(4) NOT NULL, 
	applicant_unit_id INTEGER, 
	applicant_cadre_id INTEGER, 
	applicant_name VARCHAR(80) NOT NULL, 
	matter TEXT NOT NULL, 
	accountability_started DATE NOT NULL, 
	accountability_concluded DATE, 
	host_body VARCHAR(80) NOT NULL, 
	host_kind VARCHAR(20) NOT NULL, 
	circumstances JSON NOT NULL, 
	applied_on DATE NOT NULL, 
	late_reason TEXT, 
	accepted BOOLEAN, 
	accepted_on DATE, 
	acceptance_note TEXT, 
	report_on DATE, 
	report_summary TEXT, 
	exclusions JSON NOT NULL, 
	concluded_on DATE, 
	conclusion VARCHAR(10), 
	mitigation VARCHAR(4), 
	conclusion_reason TEXT, 
	handling VARCHAR(40), 
	impact_months INTEGER, 
	impact_end DATE, 
	feedback_on DATE, 
	publicity TEXT, 
	filed_on DATE, 
	closed_on DATE, 
	note TEXT, 
	CONSTRAINT pk_tolerance_case PRIMARY KEY (id), 
	CONSTRAINT fk_tolerance_case_applicant_cadre_id_cadre FOREIGN KEY(applicant_cadre_id) REFERENCES cadre (id), 
	CONSTRAINT fk_tolerance_case_applicant_unit_id_unit FOREIGN KEY(applicant_unit_id) REFERENCES unit (id), 
	CONSTRAINT uq_tolerance_case_number UNIQUE (number), 
	CONSTRAINT uq_tolerance_case_year_seq UNIQUE (year, seq)
);
INSERT INTO "tolerance_case" VALUES(1,'紫容〔2025〕1号',2025,1,'已办结','个人',NULL,103,'东木镇蒋亮瑞','产业园项目推进中征地程序瑕疵','2025-02-28',NULL,'中共紫阳县纪委 紫阳县监委','纪检监察机关（机构）','[4, 12]','2025-03-05',NULL,1,'2025-03-07',NULL,'2025-04-11','经调查核实，情况属实，申请人未谋取私利，已主动挽回损失。','[]','2025-04-23','容错免责',NULL,'符合第六条第（四）项情形，认错态度好，主动补正程序',NULL,NULL,NULL,'2025-04-25','在全县项目建设推进会上通报','2025-04-25','2025-05-20','演示数据');
INSERT INTO "tolerance_case" VALUES(2,'紫容〔2025〕2号',2025,2,'已办结','个人',NULL,87,'瓦庙镇白静','易地扶贫搬迁安置点工期延误','2025-05-09',NULL,'中共紫阳县纪委 紫阳县监委','纪检监察机关（机构）','[9, 12]','2025-05-16',NULL,1,'2025-05-20',NULL,'2025-06-24','经调查核实，情况属实，申请人未谋取私利，已主动挽回损失。','[]','2025-07-04','容错减责','从轻','符合容错情形，但造成一定影响，确需追责','诫勉',6,'2026-01-04','2025-07-08',NULL,'2025-07-08','2025-07-29','演示数据');
INSERT INTO "tolerance_case" VALUES(3,'紫容〔2025〕3号',2025,3,'已报备','个人',NULL,42,'洄水镇吴刚华','招商项目降低入园门槛造成部分税收损失','2025-08-01',NULL,'中共紫阳县纪委 紫阳县监委','纪检监察机关（机构）','[5]','2025-08-07',NULL,1,'2025-08-11',NULL,'2025-09-12','经调查核实，存在审批把关失职问题。','["\u5931\u804c\u6e0e\u804c"]','2025-09-24','不予容错',NULL,'经核查存在失职渎职情形，依据第七条不属于容错范围',NULL,NULL,NULL,'2025-09-26',NULL,'2025-09-26',NULL,'演示数据');
INSERT INTO "tolerance_case" VALUES(4,'紫容〔2016〕1号',2016,1,'不予受理','个人',NULL,21,'汉王镇周文永','退耕还林验收问题','2016-09-05','2016-10-20','中共紫阳县纪委 紫阳县监委','纪检监察机关（机构）','[14]','2016-09-08',NULL,0,'2016-09-12','该事项的问责追责已于2016年10月20日处理完毕，早于本细则施行之日，依据第十六条不适用。',NULL,NULL,'[]',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2016-09-12','演示数据');
INSERT INTO "tolerance_case" VALUES(5,'紫容〔2026〕2号',2026,2,'已申请','单位',1,NULL,'城关镇','汛期群众转移中临时征用物资未履行审批手续','2026-11-13',NULL,'中共紫阳县纪委 紫阳县监委','纪检监察机关（机构）','[3]','2026-11-18',NULL,NULL,NULL,NULL,NULL,NULL,'[]',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'演示数据');
INSERT INTO "tolerance_case" VALUES(6,'紫容〔2026〕4号',2026,4,'已申请','个人',NULL,14,'蒿坪镇朱桂红','“放管服”改革中容缺受理后补件不全','2026-11-30',NULL,'中共紫阳县纪委 紫阳县监委','纪检监察机关（机构）','[6, 8]','2026-12-03',NULL,NULL,NULL,NULL,NULL,NULL,'[]',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'演示数据');
INSERT INTO "tolerance_case" VALUES(7,'紫容〔2026〕3号',2026,3,'已申请','个人',NULL,127,'县委政法委陈蓉慧','历史遗留信访问题化解中超范围补偿','2026-11-04',NULL,'中共紫阳县纪委 紫阳县监委','纪检监察机关（机构）','[10]','2026-11-20','申请人参加脱贫攻坚驻村，未能按期递交',NULL,NULL,NULL,NULL,NULL,'[]',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'演示数据');
INSERT INTO "tolerance_case" VALUES(8,'紫容〔2026〕1号',2026,1,'已受理','个人',NULL,5,'城关镇韩成国','产业园项目推进中征地程序瑕疵','2026-10-23',NULL,'中共紫阳县纪委 紫阳县监委','纪检监察机关（机构）','[4, 12]','2026-10-29',NULL,1,'2026-11-02',NULL,NULL,NULL,'[]',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'演示数据');
CREATE TABLE tolerance_clarification (
	id INTEGER NOT NULL, 
	kind VARCHAR(4) NOT NULL, 
	case_id INTEGER, 
	cadre_id INTEGER, 
	unit_id INTEGER, 
	subject VARCHAR(80) NOT NULL, 
	method VARCHAR(20) NOT NULL, 
	"on" DATE NOT NULL, 
	summary TEXT NOT NULL, 
	CONSTRAINT pk_tolerance_clarification PRIMARY KEY (id), 
	CONSTRAINT fk_tolerance_clarification_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id), 
	CONSTRAINT fk_tolerance_clarification_case_id_tolerance_case FOREIGN KEY(case_id) REFERENCES tolerance_case (id) ON DELETE SET NULL, 
	CONSTRAINT fk_tolerance_clarification_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id)
);
INSERT INTO "tolerance_clarification" VALUES(1,'澄清',NULL,95,NULL,'彭江宁','召开会议','2025-10-15','信访反映其在项目招标中收受好处，经核查查无实据，在单位干部大会上予以澄清');
CREATE TABLE tolerance_correction (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	measure_item INTEGER NOT NULL, 
	measure VARCHAR(20) NOT NULL, 
	handling_item INTEGER, 
	handling_body VARCHAR(120) NOT NULL, 
	decided_on DATE NOT NULL, 
	requirement TEXT, 
	closed_on DATE, 
	CONSTRAINT pk_tolerance_correction PRIMARY KEY (id), 
	CONSTRAINT fk_tolerance_correction_case_id_tolerance_case FOREIGN KEY(case_id) REFERENCES tolerance_case (id) ON DELETE CASCADE
);
INSERT INTO "tolerance_correction" VALUES(1,2,3,'诫勉谈话',3,'纪检监察机关（机构）认定，会同主管部门党组织实施','2025-07-04','限期完成安置点建设并报告整改情况','2025-07-22');
CREATE TABLE tolerance_evidence (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	stage VARCHAR(4) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	source VARCHAR(120), 
	received_on DATE, 
	CONSTRAINT pk_tolerance_evidence PRIMARY KEY (id), 
	CONSTRAINT fk_tolerance_evidence_case_id_tolerance_case FOREIGN KEY(case_id) REFERENCES tolerance_case (id) ON DELETE CASCADE
);
INSERT INTO "tolerance_evidence" VALUES(1,1,'申请','情况说明及相关会议纪要',NULL,'2025-03-05');
INSERT INTO "tolerance_evidence" VALUES(2,2,'申请','情况说明及相关会议纪要',NULL,'2025-05-16');
INSERT INTO "tolerance_evidence" VALUES(3,3,'申请','情况说明及相关会议纪要',NULL,'2025-08-07');
INSERT INTO "tolerance_evidence" VALUES(4,4,'申请','情况说明及相关会议纪要',NULL,'2016-09-08');
INSERT INTO "tolerance_evidence" VALUES(5,5,'申请','情况说明及相关会议纪要',NULL,'2026-11-18');
INSERT INTO "tolerance_evidence" VALUES(6,6,'申请','情况说明及相关会议纪要',NULL,'2026-11-30');
INSERT INTO "tolerance_evidence" VALUES(7,7,'申请','情况说明及相关会议纪要',NULL,'2026-11-20');
INSERT INTO "tolerance_evidence" VALUES(8,8,'申请','情况说明及相关会议纪要',NULL,'2026-10-29');
CREATE TABLE tolerance_filing (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	mode VARCHAR(4) NOT NULL, 
	recipient VARCHAR(80) NOT NULL, 
	sent_on DATE NOT NULL, 
	CONSTRAINT pk_tolerance_filing PRIMARY KEY (id), 
	CONSTRAINT fk_tolerance_filing_case_id_tolerance_case FOREIGN KEY(case_id) REFERENCES tolerance_case (id) ON DELETE CASCADE, 
	CONSTRAINT uq_tolerance_filing_case_id_role UNIQUE (case_id, role)
);
INSERT INTO "tolerance_filing" VALUES(1,1,'同级党委','报送','中共紫阳县委','2025-04-25');
INSERT INTO "tolerance_filing" VALUES(2,1,'同级政府','报送','紫阳县人民政府','2025-04-25');
INSERT INTO "tolerance_filing" VALUES(3,1,'纪检监察机关','抄送','县纪委监委','2025-04-25');
INSERT INTO "tolerance_filing" VALUES(4,1,'组织人事部门','抄送','县委组织部','2025-04-25');
INSERT INTO "tolerance_filing" VALUES(5,2,'同级党委','报送','中共紫阳县委','2025-07-08');
INSERT INTO "tolerance_filing" VALUES(6,2,'同级政府','报送','紫阳县人民政府','2025-07-08');
INSERT INTO "tolerance_filing" VALUES(7,2,'纪检监察机关','抄送','县纪委监委','2025-07-08');
INSERT INTO "tolerance_filing" VALUES(8,2,'组织人事部门','抄送','县委组织部','2025-07-08');
INSERT INTO "tolerance_filing" VALUES(9,3,'同级党委','报送','中共紫阳县委','2025-09-26');
INSERT INTO "tolerance_filing" VALUES(10,3,'同级政府','报送','紫阳县人民政府','2025-09-26');
INSERT INTO "tolerance_filing" VALUES(11,3,'纪检监察机关','抄送','县纪委监委','2025-09-26');
INSERT INTO "tolerance_filing" VALUES(12,3,'组织人事部门','抄送','县委组织部','2025-09-26');
CREATE TABLE tolerance_followup (
	id INTEGER NOT NULL, 
	correction_id INTEGER NOT NULL, 
	"on" DATE NOT NULL, 
	text TEXT NOT NULL, 
	closes BOOLEAN NOT NULL, 
	CONSTRAINT pk_tolerance_followup PRIMARY KEY (id), 
	CONSTRAINT fk_tolerance_followup_correction_id_tolerance_correction FOREIGN KEY(correction_id) REFERENCES tolerance_correction (id) ON DELETE CASCADE
);
CREATE TABLE tolerance_hearing (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	heard_on DATE NOT NULL, 
	party VARCHAR(80) NOT NULL, 
	summary TEXT NOT NULL, 
	CONSTRAINT pk_tolerance_hearing PRIMARY KEY (id), 
	CONSTRAINT fk_tolerance_hearing_case_id_tolerance_case FOREIGN KEY(case_id) REFERENCES tolerance_case (id) ON DELETE CASCADE
);
INSERT INTO "tolerance_hearing" VALUES(1,1,'2025-03-14','东木镇蒋亮瑞','陈述事发背景和已采取的补救措施');
INSERT INTO "tolerance_hearing" VALUES(2,2,'2025-05-27','瓦庙镇白静','陈述事发背景和已采取的补救措施');
INSERT INTO "tolerance_hearing" VALUES(3,3,'2025-08-18','洄水镇吴刚华','陈述事发背景和已采取的补救措施');
CREATE TABLE unit (
	id INTEGER NOT NULL, 
	name VARCHAR(60) NOT NULL, 
	short_name VARCHAR(30), 
	kind VARCHAR(20) NOT NULL, 
	assessment_group VARCHAR(40) NOT NULL, 
	sort_order INTEGER NOT NULL, 
	active BOOLEAN NOT NULL, 
	CONSTRAINT pk_unit PRIMARY KEY (id), 
	CONSTRAINT uq_unit_name UNIQUE (name)
);
INSERT INTO "unit" VALUES(1,'城关镇','城关','镇','镇',0,1);
INSERT INTO "unit" VALUES(2,'蒿坪镇','蒿坪','镇','镇',10,1);
INSERT INTO "unit" VALUES(3,'汉王镇','汉王','镇','镇',20,1);
INSERT INTO "unit" VALUES(4,'焕古镇','焕古','镇','镇',30,1);
INSERT INTO "unit" VALUES(5,'向阳镇','向阳','镇','镇',40,1);
INSERT INTO "unit" VALUES(6,'洞河镇','洞河','镇','镇',50,1);
INSERT INTO "unit" VALUES(7,'洄水镇','洄水','镇','镇',60,1);
INSERT INTO "unit" VALUES(8,'双桥镇','双桥','镇','镇',70,1);
INSERT INTO "unit" VALUES(9,'高桥镇','高桥','镇','镇',80,1);
INSERT INTO "unit" VALUES(10,'红椿镇','红椿','镇','镇',90,1);
INSERT INTO "unit" VALUES(11,'高滩镇','高滩','镇','镇',100,1);
INSERT INTO "unit" VALUES(12,'毛坝镇','毛坝','镇','镇',110,1);
INSERT INTO "unit" VALUES(13,'瓦庙镇','瓦庙','镇','镇',120,1);
INSERT INTO "unit" VALUES(14,'麻柳镇','麻柳','镇','镇',130,1);
INSERT INTO "unit" VALUES(15,'双安镇','双安','镇','镇',140,1);
INSERT INTO "unit" VALUES(16,'东木镇','东木','镇','镇',150,1);
INSERT INTO "unit" VALUES(17,'界岭镇','界岭','镇','镇',160,1);
INSERT INTO "unit" VALUES(18,'县纪委监委机关','纪委监委','县直部门','党群部门',170,1);
INSERT INTO "unit" VALUES(19,'县委办公室','县委办','县直部门','党群部门',180,1);
INSERT INTO "unit" VALUES(20,'县委组织部','组织部','县直部门','党群部门',190,1);
INSERT INTO "unit" VALUES(21,'县委宣传部','宣传部','县直部门','党群部门',200,1);
INSERT INTO "unit" VALUES(22,'县委统战部','统战部','县直部门','党群部门',210,1);
INSERT INTO "unit" VALUES(23,'县委政法委','政法委','县直部门','党群部门',220,1);
INSERT INTO "unit" VALUES(24,'县委编办','编办','县直部门','党群部门',230,1);
INSERT INTO "unit" VALUES(25,'县委党校','党校','县直部门','党群部门',240,1);
INSERT INTO "unit" VALUES(26,'县委巡察办','巡察办','县直部门','党群部门',250,1);
INSERT INTO "unit" VALUES(27,'县委网信办','网信办','县直部门','党群部门',260,1);
INSERT INTO "unit" VALUES(28,'县委老干部局','老干部局','县直部门','党群部门',270,1);
INSERT INTO "unit" VALUES(29,'县人大常委会办公室','人大办','县直部门','党群部门',280,1);
INSERT INTO "unit" VALUES(30,'县政协办公室','政协办','县直部门','党群部门',290,1);
CREATE TABLE unit_score (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	score NUMERIC(8, 2) NOT NULL, 
	vetoed BOOLEAN NOT NULL, 
	veto_reason TEXT, 
	commend_plus BOOLEAN NOT NULL, 
	excess_plus BOOLEAN NOT NULL, 
	CONSTRAINT pk_unit_score PRIMARY KEY (id), 
	CONSTRAINT fk_unit_score_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id), 
	CONSTRAINT uq_unit_score_year_unit_id UNIQUE (year, unit_id)
);
INSERT INTO "unit_score" VALUES(1,2024,1,83.87,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(2,2024,2,93.05,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(3,2024,3,89.06,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(4,2024,4,80.83,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(5,2024,5,93.8,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(6,2024,6,90.58,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(7,2024,7,91.76,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(8,2024,8,91.88,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(9,2024,9,83.93,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(10,2024,10,89.36,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(11,2024,11,86.89,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(12,2024,12,96.65,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(13,2024,13,93.13,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(14,2024,14,93.42,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(15,2024,15,92.69,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(16,2024,16,91.64,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(17,2024,17,88.03,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(18,2024,18,92.18,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(19,2024,19,93.04,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(20,2024,20,87.96,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(21,2024,21,85.72,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(22,2024,22,93.58,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(23,2024,23,89.77,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(24,2024,24,87.63,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(25,2024,25,86.49,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(26,2024,26,88.46,0,NULL,1,0);
INSERT INTO "unit_score" VALUES(27,2024,27,96.47,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(28,2024,28,92.37,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(29,2024,29,93.81,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(30,2024,30,89.19,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(31,2025,1,84.07,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(32,2025,2,92.08,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(33,2025,3,87.15,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(34,2025,4,85.71,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(35,2025,5,93.23,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(36,2025,6,90.13,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(37,2025,7,91.02,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(38,2025,8,91.69,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(39,2025,9,84.18,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(40,2025,10,90.71,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(41,2025,11,87.48,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(42,2025,12,92.07,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(43,2025,13,89.88,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(44,2025,14,89.5,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(45,2025,15,86.53,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(46,2025,16,90.05,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(47,2025,17,89.59,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(48,2025,18,88.3,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(49,2025,19,89.84,0,NULL,0,1);
INSERT INTO "unit_score" VALUES(50,2025,20,92.33,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(51,2025,21,83.48,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(52,2025,22,92.84,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(53,2025,23,86.42,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(54,2025,24,87.09,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(55,2025,25,85.25,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(56,2025,26,89.37,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(57,2025,27,94.03,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(58,2025,28,88.11,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(59,2025,29,92.23,0,NULL,0,0);
INSERT INTO "unit_score" VALUES(60,2025,30,89.04,0,NULL,0,0);
CREATE TABLE vote (
	id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	vote_type VARCHAR(20) NOT NULL, 
	unit_id INTEGER, 
	cadre_id INTEGER, 
	counts JSON NOT NULL, 
	CONSTRAINT pk_vote PRIMARY KEY (id), 
	CONSTRAINT fk_vote_cadre_id_cadre FOREIGN KEY(cadre_id) REFERENCES cadre (id) ON DELETE CASCADE, 
	CONSTRAINT fk_vote_unit_id_unit FOREIGN KEY(unit_id) REFERENCES unit (id), 
	CONSTRAINT uq_vote_year_vote_type_unit_id_cadre_id UNIQUE (year, vote_type, unit_id, cadre_id)
);
INSERT INTO "vote" VALUES(1,2024,'班子年度测评',1,NULL,'{"\u597d": 10, "\u8f83\u597d": 7, "\u4e00\u822c": 2, "\u5dee": 1}');
INSERT INTO "vote" VALUES(2,2024,'班子年度测评',2,NULL,'{"\u597d": 16, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 1}');
INSERT INTO "vote" VALUES(3,2024,'班子年度测评',3,NULL,'{"\u597d": 8, "\u8f83\u597d": 6, "\u4e00\u822c": 2, "\u5dee": 1}');
INSERT INTO "vote" VALUES(4,2024,'班子年度测评',4,NULL,'{"\u597d": 6, "\u8f83\u597d": 7, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(5,2024,'班子年度测评',5,NULL,'{"\u597d": 19, "\u8f83\u597d": 4, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(6,2024,'班子年度测评',6,NULL,'{"\u597d": 14, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(7,2024,'班子年度测评',7,NULL,'{"\u597d": 14, "\u8f83\u597d": 6, "\u4e00\u822c": 2, "\u5dee": 1}');
INSERT INTO "vote" VALUES(8,2024,'班子年度测评',8,NULL,'{"\u597d": 13, "\u8f83\u597d": 4, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(9,2024,'班子年度测评',9,NULL,'{"\u597d": 12, "\u8f83\u597d": 9, "\u4e00\u822c": 3, "\u5dee": 1}');
INSERT INTO "vote" VALUES(10,2024,'班子年度测评',10,NULL,'{"\u597d": 8, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(11,2024,'班子年度测评',11,NULL,'{"\u597d": 17, "\u8f83\u597d": 7, "\u4e00\u822c": 2, "\u5dee": 1}');
INSERT INTO "vote" VALUES(12,2024,'班子年度测评',12,NULL,'{"\u597d": 24, "\u8f83\u597d": 2, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(13,2024,'班子年度测评',13,NULL,'{"\u597d": 11, "\u8f83\u597d": 3, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(14,2024,'班子年度测评',14,NULL,'{"\u597d": 15, "\u8f83\u597d": 4, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(15,2024,'班子年度测评',15,NULL,'{"\u597d": 15, "\u8f83\u597d": 8, "\u4e00\u822c": 3, "\u5dee": 0}');
INSERT INTO "vote" VALUES(16,2024,'班子年度测评',16,NULL,'{"\u597d": 8, "\u8f83\u597d": 8, "\u4e00\u822c": 6, "\u5dee": 14}');
INSERT INTO "vote" VALUES(17,2024,'班子年度测评',17,NULL,'{"\u597d": 11, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(18,2024,'班子年度测评',18,NULL,'{"\u597d": 12, "\u8f83\u597d": 4, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(19,2024,'班子年度测评',19,NULL,'{"\u597d": 9, "\u8f83\u597d": 4, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(20,2024,'班子年度测评',20,NULL,'{"\u597d": 15, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(21,2024,'班子年度测评',21,NULL,'{"\u597d": 14, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(22,2024,'班子年度测评',22,NULL,'{"\u597d": 10, "\u8f83\u597d": 4, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(23,2024,'班子年度测评',23,NULL,'{"\u597d": 9, "\u8f83\u597d": 4, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(24,2024,'班子年度测评',24,NULL,'{"\u597d": 12, "\u8f83\u597d": 8, "\u4e00\u822c": 0, "\u5dee": 10}');
INSERT INTO "vote" VALUES(25,2024,'班子年度测评',25,NULL,'{"\u597d": 9, "\u8f83\u597d": 4, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(26,2024,'班子年度测评',26,NULL,'{"\u597d": 10, "\u8f83\u597d": 4, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(27,2024,'班子年度测评',27,NULL,'{"\u597d": 12, "\u8f83\u597d": 2, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(28,2024,'班子年度测评',28,NULL,'{"\u597d": 15, "\u8f83\u597d": 4, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(29,2024,'班子年度测评',29,NULL,'{"\u597d": 11, "\u8f83\u597d": 3, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(30,2024,'班子年度测评',30,NULL,'{"\u597d": 8, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(31,2024,'一报告两评议',1,NULL,'{"\u6ee1\u610f": 10, "\u57fa\u672c\u6ee1\u610f": 5, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(32,2024,'一报告两评议',2,NULL,'{"\u6ee1\u610f": 15, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(33,2024,'一报告两评议',3,NULL,'{"\u6ee1\u610f": 14, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(34,2024,'一报告两评议',4,NULL,'{"\u6ee1\u610f": 15, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(35,2024,'一报告两评议',5,NULL,'{"\u6ee1\u610f": 18, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(36,2024,'一报告两评议',6,NULL,'{"\u6ee1\u610f": 15, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(37,2024,'一报告两评议',7,NULL,'{"\u6ee1\u610f": 20, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(38,2024,'一报告两评议',8,NULL,'{"\u6ee1\u610f": 17, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(39,2024,'一报告两评议',9,NULL,'{"\u6ee1\u610f": 13, "\u57fa\u672c\u6ee1\u610f": 5, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(40,2024,'一报告两评议',10,NULL,'{"\u6ee1\u610f": 21, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(41,2024,'一报告两评议',11,NULL,'{"\u6ee1\u610f": 20, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(42,2024,'一报告两评议',12,NULL,'{"\u6ee1\u610f": 20, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(43,2024,'一报告两评议',13,NULL,'{"\u6ee1\u610f": 20, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(44,2024,'一报告两评议',14,NULL,'{"\u6ee1\u610f": 12, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(45,2024,'一报告两评议',15,NULL,'{"\u6ee1\u610f": 16, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(46,2024,'一报告两评议',16,NULL,'{"\u6ee1\u610f": 19, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(47,2024,'一报告两评议',17,NULL,'{"\u6ee1\u610f": 19, "\u57fa\u672c\u6ee1\u610f": 5, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(48,2024,'一报告两评议',18,NULL,'{"\u6ee1\u610f": 11, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(49,2024,'一报告两评议',19,NULL,'{"\u6ee1\u610f": 17, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(50,2024,'一报告两评议',20,NULL,'{"\u6ee1\u610f": 12, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(51,2024,'一报告两评议',21,NULL,'{"\u6ee1\u610f": 16, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(52,2024,'一报告两评议',22,NULL,'{"\u6ee1\u610f": 19, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(53,2024,'一报告两评议',23,NULL,'{"\u6ee1\u610f": 13, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(54,2024,'一报告两评议',24,NULL,'{"\u6ee1\u610f": 15, "\u57fa\u672c\u6ee1\u610f": 7, "\u4e0d\u6ee1\u610f": 2}');
INSERT INTO "vote" VALUES(55,2024,'一报告两评议',25,NULL,'{"\u6ee1\u610f": 11, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(56,2024,'一报告两评议',26,NULL,'{"\u6ee1\u610f": 14, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(57,2024,'一报告两评议',27,NULL,'{"\u6ee1\u610f": 15, "\u57fa\u672c\u6ee1\u610f": 0, "\u4e0d\u6ee1\u610f": 0}');
INSERT INTO "vote" VALUES(58,2024,'一报告两评议',28,NULL,'{"\u6ee1\u610f": 13, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 0}');
INSERT INTO "vote" VALUES(59,2024,'一报告两评议',29,NULL,'{"\u6ee1\u610f": 17, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(60,2024,'一报告两评议',30,NULL,'{"\u6ee1\u610f": 11, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(61,2025,'班子年度测评',1,NULL,'{"\u597d": 9, "\u8f83\u597d": 9, "\u4e00\u822c": 3, "\u5dee": 1}');
INSERT INTO "vote" VALUES(62,2025,'班子年度测评',2,NULL,'{"\u597d": 15, "\u8f83\u597d": 4, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(63,2025,'班子年度测评',3,NULL,'{"\u597d": 8, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(64,2025,'班子年度测评',4,NULL,'{"\u597d": 9, "\u8f83\u597d": 11, "\u4e00\u822c": 4, "\u5dee": 1}');
INSERT INTO "vote" VALUES(65,2025,'班子年度测评',5,NULL,'{"\u597d": 19, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(66,2025,'班子年度测评',6,NULL,'{"\u597d": 16, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(67,2025,'班子年度测评',7,NULL,'{"\u597d": 12, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(68,2025,'班子年度测评',8,NULL,'{"\u597d": 18, "\u8f83\u597d": 6, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(69,2025,'班子年度测评',9,NULL,'{"\u597d": 12, "\u8f83\u597d": 8, "\u4e00\u822c": 3, "\u5dee": 1}');
INSERT INTO "vote" VALUES(70,2025,'班子年度测评',10,NULL,'{"\u597d": 15, "\u8f83\u597d": 4, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(71,2025,'班子年度测评',11,NULL,'{"\u597d": 12, "\u8f83\u597d": 17, "\u4e00\u822c": 10, "\u5dee": 6}');
INSERT INTO "vote" VALUES(72,2025,'班子年度测评',12,NULL,'{"\u597d": 12, "\u8f83\u597d": 4, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(73,2025,'班子年度测评',13,NULL,'{"\u597d": 11, "\u8f83\u597d": 3, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(74,2025,'班子年度测评',14,NULL,'{"\u597d": 10, "\u8f83\u597d": 4, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(75,2025,'班子年度测评',15,NULL,'{"\u597d": 16, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 1}');
INSERT INTO "vote" VALUES(76,2025,'班子年度测评',16,NULL,'{"\u597d": 13, "\u8f83\u597d": 7, "\u4e00\u822c": 3, "\u5dee": 0}');
INSERT INTO "vote" VALUES(77,2025,'班子年度测评',17,NULL,'{"\u597d": 9, "\u8f83\u597d": 4, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(78,2025,'班子年度测评',18,NULL,'{"\u597d": 15, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(79,2025,'班子年度测评',19,NULL,'{"\u597d": 14, "\u8f83\u597d": 4, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(80,2025,'班子年度测评',20,NULL,'{"\u597d": 12, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(81,2025,'班子年度测评',21,NULL,'{"\u597d": 10, "\u8f83\u597d": 10, "\u4e00\u822c": 4, "\u5dee": 6}');
INSERT INTO "vote" VALUES(82,2025,'班子年度测评',22,NULL,'{"\u597d": 12, "\u8f83\u597d": 2, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(83,2025,'班子年度测评',23,NULL,'{"\u597d": 9, "\u8f83\u597d": 4, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(84,2025,'班子年度测评',24,NULL,'{"\u597d": 7, "\u8f83\u597d": 6, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(85,2025,'班子年度测评',25,NULL,'{"\u597d": 9, "\u8f83\u597d": 7, "\u4e00\u822c": 2, "\u5dee": 1}');
INSERT INTO "vote" VALUES(86,2025,'班子年度测评',26,NULL,'{"\u597d": 13, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(87,2025,'班子年度测评',27,NULL,'{"\u597d": 12, "\u8f83\u597d": 2, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(88,2025,'班子年度测评',28,NULL,'{"\u597d": 11, "\u8f83\u597d": 3, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(89,2025,'班子年度测评',29,NULL,'{"\u597d": 15, "\u8f83\u597d": 3, "\u4e00\u822c": 1, "\u5dee": 0}');
INSERT INTO "vote" VALUES(90,2025,'班子年度测评',30,NULL,'{"\u597d": 8, "\u8f83\u597d": 5, "\u4e00\u822c": 2, "\u5dee": 0}');
INSERT INTO "vote" VALUES(91,2025,'一报告两评议',1,NULL,'{"\u6ee1\u610f": 20, "\u57fa\u672c\u6ee1\u610f": 6, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(92,2025,'一报告两评议',2,NULL,'{"\u6ee1\u610f": 19, "\u57fa\u672c\u6ee1\u610f": 5, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(93,2025,'一报告两评议',3,NULL,'{"\u6ee1\u610f": 12, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(94,2025,'一报告两评议',4,NULL,'{"\u6ee1\u610f": 10, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(95,2025,'一报告两评议',5,NULL,'{"\u6ee1\u610f": 18, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(96,2025,'一报告两评议',6,NULL,'{"\u6ee1\u610f": 22, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(97,2025,'一报告两评议',7,NULL,'{"\u6ee1\u610f": 14, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(98,2025,'一报告两评议',8,NULL,'{"\u6ee1\u610f": 13, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(99,2025,'一报告两评议',9,NULL,'{"\u6ee1\u610f": 10, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(100,2025,'一报告两评议',10,NULL,'{"\u6ee1\u610f": 14, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(101,2025,'一报告两评议',11,NULL,'{"\u6ee1\u610f": 22, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(102,2025,'一报告两评议',12,NULL,'{"\u6ee1\u610f": 20, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 0}');
INSERT INTO "vote" VALUES(103,2025,'一报告两评议',13,NULL,'{"\u6ee1\u610f": 19, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(104,2025,'一报告两评议',14,NULL,'{"\u6ee1\u610f": 17, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 0}');
INSERT INTO "vote" VALUES(105,2025,'一报告两评议',15,NULL,'{"\u6ee1\u610f": 14, "\u57fa\u672c\u6ee1\u610f": 1, "\u4e0d\u6ee1\u610f": 0}');
INSERT INTO "vote" VALUES(106,2025,'一报告两评议',16,NULL,'{"\u6ee1\u610f": 12, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(107,2025,'一报告两评议',17,NULL,'{"\u6ee1\u610f": 16, "\u57fa\u672c\u6ee1\u610f": 5, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(108,2025,'一报告两评议',18,NULL,'{"\u6ee1\u610f": 15, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(109,2025,'一报告两评议',19,NULL,'{"\u6ee1\u610f": 18, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(110,2025,'一报告两评议',20,NULL,'{"\u6ee1\u610f": 13, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(111,2025,'一报告两评议',21,NULL,'{"\u6ee1\u610f": 14, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(112,2025,'一报告两评议',22,NULL,'{"\u6ee1\u610f": 15, "\u57fa\u672c\u6ee1\u610f": 0, "\u4e0d\u6ee1\u610f": 0}');
INSERT INTO "vote" VALUES(113,2025,'一报告两评议',23,NULL,'{"\u6ee1\u610f": 13, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 0}');
INSERT INTO "vote" VALUES(114,2025,'一报告两评议',24,NULL,'{"\u6ee1\u610f": 17, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(115,2025,'一报告两评议',25,NULL,'{"\u6ee1\u610f": 13, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(116,2025,'一报告两评议',26,NULL,'{"\u6ee1\u610f": 11, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(117,2025,'一报告两评议',27,NULL,'{"\u6ee1\u610f": 12, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(118,2025,'一报告两评议',28,NULL,'{"\u6ee1\u610f": 18, "\u57fa\u672c\u6ee1\u610f": 2, "\u4e0d\u6ee1\u610f": 0}');
INSERT INTO "vote" VALUES(119,2025,'一报告两评议',29,NULL,'{"\u6ee1\u610f": 20, "\u57fa\u672c\u6ee1\u610f": 3, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(120,2025,'一报告两评议',30,NULL,'{"\u6ee1\u610f": 14, "\u57fa\u672c\u6ee1\u610f": 4, "\u4e0d\u6ee1\u610f": 1}');
INSERT INTO "vote" VALUES(121,2024,'个人年度测评',NULL,1,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(122,2025,'个人年度测评',NULL,1,'{"\u4f18\u79c0": 14, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(123,2024,'个人年度测评',NULL,2,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(124,2025,'个人年度测评',NULL,2,'{"\u4f18\u79c0": 14, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(125,2024,'个人年度测评',NULL,3,'{"\u4f18\u79c0": 14, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(126,2025,'个人年度测评',NULL,3,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(127,2025,'个人年度测评',NULL,4,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(128,2025,'个人年度测评',NULL,5,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(129,2024,'个人年度测评',NULL,6,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(130,2025,'个人年度测评',NULL,6,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(131,2025,'个人年度测评',NULL,7,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(132,2024,'个人年度测评',NULL,8,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(133,2025,'个人年度测评',NULL,8,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(134,2024,'个人年度测评',NULL,9,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 15, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(135,2025,'个人年度测评',NULL,9,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(136,2024,'个人年度测评',NULL,10,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(137,2025,'个人年度测评',NULL,10,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(138,2024,'个人年度测评',NULL,11,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(139,2025,'个人年度测评',NULL,11,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(140,2024,'个人年度测评',NULL,12,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(141,2025,'个人年度测评',NULL,12,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(142,2024,'个人年度测评',NULL,13,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(143,2025,'个人年度测评',NULL,13,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(144,2024,'个人年度测评',NULL,14,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(145,2025,'个人年度测评',NULL,14,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(146,2024,'个人年度测评',NULL,15,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(147,2025,'个人年度测评',NULL,15,'{"\u4f18\u79c0": 14, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(148,2024,'个人年度测评',NULL,16,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(149,2025,'个人年度测评',NULL,16,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 15, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(150,2024,'个人年度测评',NULL,17,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(151,2025,'个人年度测评',NULL,17,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(152,2024,'个人年度测评',NULL,18,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(153,2025,'个人年度测评',NULL,18,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 15, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(154,2024,'个人年度测评',NULL,19,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(155,2025,'个人年度测评',NULL,19,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(156,2024,'个人年度测评',NULL,20,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(157,2025,'个人年度测评',NULL,20,'{"\u4f18\u79c0": 4, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(158,2024,'个人年度测评',NULL,21,'{"\u4f18\u79c0": 4, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(159,2025,'个人年度测评',NULL,21,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(160,2024,'个人年度测评',NULL,22,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(161,2025,'个人年度测评',NULL,22,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(162,2024,'个人年度测评',NULL,23,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(163,2025,'个人年度测评',NULL,23,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(164,2024,'个人年度测评',NULL,24,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(165,2025,'个人年度测评',NULL,24,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(166,2024,'个人年度测评',NULL,25,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(167,2025,'个人年度测评',NULL,25,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(168,2024,'个人年度测评',NULL,26,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(169,2025,'个人年度测评',NULL,26,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(170,2024,'个人年度测评',NULL,27,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(171,2025,'个人年度测评',NULL,27,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(172,2024,'个人年度测评',NULL,28,'{"\u4f18\u79c0": 14, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(173,2025,'个人年度测评',NULL,28,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(174,2024,'个人年度测评',NULL,29,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(175,2025,'个人年度测评',NULL,29,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(176,2024,'个人年度测评',NULL,30,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(177,2025,'个人年度测评',NULL,30,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(178,2024,'个人年度测评',NULL,31,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(179,2025,'个人年度测评',NULL,31,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 16, "\u57fa\u672c\u79f0\u804c": 6, "\u4e0d\u79f0\u804c": 6}');
INSERT INTO "vote" VALUES(180,2024,'个人年度测评',NULL,32,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 15, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(181,2025,'个人年度测评',NULL,32,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(182,2024,'个人年度测评',NULL,33,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 4, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(183,2025,'个人年度测评',NULL,33,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(184,2024,'个人年度测评',NULL,34,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(185,2025,'个人年度测评',NULL,34,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(186,2024,'个人年度测评',NULL,35,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(187,2025,'个人年度测评',NULL,35,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(188,2025,'个人年度测评',NULL,36,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(189,2024,'个人年度测评',NULL,37,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(190,2025,'个人年度测评',NULL,37,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(191,2024,'个人年度测评',NULL,38,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(192,2025,'个人年度测评',NULL,38,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(193,2024,'个人年度测评',NULL,39,'{"\u4f18\u79c0": 4, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(194,2025,'个人年度测评',NULL,39,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(195,2025,'个人年度测评',NULL,40,'{"\u4f18\u79c0": 3, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(196,2024,'个人年度测评',NULL,41,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(197,2025,'个人年度测评',NULL,41,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(198,2024,'个人年度测评',NULL,42,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 4, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(199,2025,'个人年度测评',NULL,42,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 0, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(200,2024,'个人年度测评',NULL,43,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(201,2025,'个人年度测评',NULL,43,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(202,2024,'个人年度测评',NULL,44,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(203,2025,'个人年度测评',NULL,44,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(204,2024,'个人年度测评',NULL,45,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(205,2025,'个人年度测评',NULL,45,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(206,2024,'个人年度测评',NULL,46,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(207,2025,'个人年度测评',NULL,46,'{"\u4f18\u79c0": 4, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(208,2024,'个人年度测评',NULL,47,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(209,2025,'个人年度测评',NULL,47,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(210,2024,'个人年度测评',NULL,48,'{"\u4f18\u79c0": 17, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(211,2025,'个人年度测评',NULL,48,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 3, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(212,2024,'个人年度测评',NULL,49,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(213,2025,'个人年度测评',NULL,49,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(214,2024,'个人年度测评',NULL,50,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(215,2025,'个人年度测评',NULL,50,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(216,2024,'个人年度测评',NULL,51,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(217,2025,'个人年度测评',NULL,51,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(218,2024,'个人年度测评',NULL,52,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(219,2025,'个人年度测评',NULL,52,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(220,2024,'个人年度测评',NULL,53,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(221,2025,'个人年度测评',NULL,53,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(222,2024,'个人年度测评',NULL,54,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(223,2025,'个人年度测评',NULL,54,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(224,2024,'个人年度测评',NULL,55,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(225,2025,'个人年度测评',NULL,55,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(226,2024,'个人年度测评',NULL,56,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(227,2025,'个人年度测评',NULL,56,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(228,2024,'个人年度测评',NULL,57,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(229,2025,'个人年度测评',NULL,57,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(230,2024,'个人年度测评',NULL,58,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(231,2025,'个人年度测评',NULL,58,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(232,2024,'个人年度测评',NULL,59,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(233,2025,'个人年度测评',NULL,59,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(234,2025,'个人年度测评',NULL,60,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(235,2024,'个人年度测评',NULL,61,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(236,2025,'个人年度测评',NULL,61,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 18, "\u57fa\u672c\u79f0\u804c": 5, "\u4e0d\u79f0\u804c": 7}');
INSERT INTO "vote" VALUES(237,2024,'个人年度测评',NULL,62,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(238,2025,'个人年度测评',NULL,62,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 15, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(239,2024,'个人年度测评',NULL,63,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(240,2025,'个人年度测评',NULL,63,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(241,2024,'个人年度测评',NULL,64,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 4, "\u57fa\u672c\u79f0\u804c": 0, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(242,2025,'个人年度测评',NULL,64,'{"\u4f18\u79c0": 15, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(243,2024,'个人年度测评',NULL,65,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(244,2025,'个人年度测评',NULL,65,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(245,2024,'个人年度测评',NULL,66,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(246,2025,'个人年度测评',NULL,66,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(247,2024,'个人年度测评',NULL,67,'{"\u4f18\u79c0": 14, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(248,2025,'个人年度测评',NULL,67,'{"\u4f18\u79c0": 16, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(249,2024,'个人年度测评',NULL,68,'{"\u4f18\u79c0": 14, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(250,2025,'个人年度测评',NULL,68,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(251,2024,'个人年度测评',NULL,69,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(252,2025,'个人年度测评',NULL,69,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(253,2025,'个人年度测评',NULL,70,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(254,2024,'个人年度测评',NULL,71,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 16, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(255,2025,'个人年度测评',NULL,71,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 17, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(256,2024,'个人年度测评',NULL,72,'{"\u4f18\u79c0": 17, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(257,2025,'个人年度测评',NULL,72,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(258,2024,'个人年度测评',NULL,73,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(259,2025,'个人年度测评',NULL,73,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 16, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(260,2025,'个人年度测评',NULL,74,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(261,2025,'个人年度测评',NULL,75,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(262,2025,'个人年度测评',NULL,76,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(263,2024,'个人年度测评',NULL,77,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(264,2025,'个人年度测评',NULL,77,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(265,2024,'个人年度测评',NULL,78,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(266,2025,'个人年度测评',NULL,78,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(267,2024,'个人年度测评',NULL,79,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(268,2025,'个人年度测评',NULL,79,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(269,2024,'个人年度测评',NULL,80,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(270,2025,'个人年度测评',NULL,80,'{"\u4f18\u79c0": 20, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(271,2024,'个人年度测评',NULL,81,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(272,2025,'个人年度测评',NULL,81,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(273,2024,'个人年度测评',NULL,82,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(274,2025,'个人年度测评',NULL,82,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(275,2024,'个人年度测评',NULL,83,'{"\u4f18\u79c0": 14, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(276,2025,'个人年度测评',NULL,83,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(277,2024,'个人年度测评',NULL,84,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(278,2025,'个人年度测评',NULL,84,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 16, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(279,2025,'个人年度测评',NULL,85,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(280,2024,'个人年度测评',NULL,86,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(281,2025,'个人年度测评',NULL,86,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 15, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(282,2024,'个人年度测评',NULL,87,'{"\u4f18\u79c0": 14, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(283,2025,'个人年度测评',NULL,87,'{"\u4f18\u79c0": 14, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(284,2024,'个人年度测评',NULL,88,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(285,2025,'个人年度测评',NULL,88,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(286,2024,'个人年度测评',NULL,89,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(287,2025,'个人年度测评',NULL,89,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(288,2024,'个人年度测评',NULL,90,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(289,2025,'个人年度测评',NULL,90,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(290,2024,'个人年度测评',NULL,91,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(291,2025,'个人年度测评',NULL,91,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(292,2024,'个人年度测评',NULL,92,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(293,2025,'个人年度测评',NULL,92,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(294,2024,'个人年度测评',NULL,93,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(295,2025,'个人年度测评',NULL,93,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(296,2024,'个人年度测评',NULL,94,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 4, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(297,2025,'个人年度测评',NULL,94,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(298,2024,'个人年度测评',NULL,95,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(299,2025,'个人年度测评',NULL,95,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(300,2024,'个人年度测评',NULL,96,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(301,2025,'个人年度测评',NULL,96,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(302,2024,'个人年度测评',NULL,97,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(303,2025,'个人年度测评',NULL,97,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(304,2025,'个人年度测评',NULL,98,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(305,2024,'个人年度测评',NULL,99,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(306,2025,'个人年度测评',NULL,99,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(307,2025,'个人年度测评',NULL,100,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 0, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(308,2024,'个人年度测评',NULL,101,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(309,2025,'个人年度测评',NULL,101,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(310,2024,'个人年度测评',NULL,102,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(311,2025,'个人年度测评',NULL,102,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(312,2024,'个人年度测评',NULL,103,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(313,2025,'个人年度测评',NULL,103,'{"\u4f18\u79c0": 15, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(314,2024,'个人年度测评',NULL,104,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(315,2025,'个人年度测评',NULL,104,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(316,2025,'个人年度测评',NULL,105,'{"\u4f18\u79c0": 4, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(317,2024,'个人年度测评',NULL,106,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(318,2025,'个人年度测评',NULL,106,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(319,2024,'个人年度测评',NULL,107,'{"\u4f18\u79c0": 13, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(320,2025,'个人年度测评',NULL,107,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(321,2024,'个人年度测评',NULL,108,'{"\u4f18\u79c0": 14, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(322,2025,'个人年度测评',NULL,108,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(323,2024,'个人年度测评',NULL,109,'{"\u4f18\u79c0": 15, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(324,2025,'个人年度测评',NULL,109,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(325,2024,'个人年度测评',NULL,110,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(326,2025,'个人年度测评',NULL,110,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(327,2024,'个人年度测评',NULL,111,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(328,2025,'个人年度测评',NULL,111,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(329,2024,'个人年度测评',NULL,112,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(330,2025,'个人年度测评',NULL,112,'{"\u4f18\u79c0": 4, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(331,2024,'个人年度测评',NULL,113,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(332,2025,'个人年度测评',NULL,113,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(333,2024,'个人年度测评',NULL,114,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(334,2025,'个人年度测评',NULL,114,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(335,2024,'个人年度测评',NULL,115,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(336,2025,'个人年度测评',NULL,115,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(337,2024,'个人年度测评',NULL,116,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(338,2025,'个人年度测评',NULL,116,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(339,2024,'个人年度测评',NULL,117,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(340,2025,'个人年度测评',NULL,117,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(341,2025,'个人年度测评',NULL,118,'{"\u4f18\u79c0": 4, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(342,2024,'个人年度测评',NULL,119,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(343,2025,'个人年度测评',NULL,119,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(344,2024,'个人年度测评',NULL,120,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(345,2025,'个人年度测评',NULL,120,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(346,2024,'个人年度测评',NULL,121,'{"\u4f18\u79c0": 4, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(347,2025,'个人年度测评',NULL,121,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(348,2024,'个人年度测评',NULL,122,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(349,2025,'个人年度测评',NULL,122,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(350,2024,'个人年度测评',NULL,123,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(351,2025,'个人年度测评',NULL,123,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(352,2024,'个人年度测评',NULL,124,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(353,2025,'个人年度测评',NULL,124,'{"\u4f18\u79c0": 10, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 0, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(354,2024,'个人年度测评',NULL,125,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(355,2025,'个人年度测评',NULL,125,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(356,2024,'个人年度测评',NULL,126,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(357,2025,'个人年度测评',NULL,126,'{"\u4f18\u79c0": 4, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(358,2024,'个人年度测评',NULL,127,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(359,2025,'个人年度测评',NULL,127,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(360,2024,'个人年度测评',NULL,128,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(361,2025,'个人年度测评',NULL,128,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(362,2024,'个人年度测评',NULL,129,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(363,2025,'个人年度测评',NULL,129,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(364,2024,'个人年度测评',NULL,130,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(365,2025,'个人年度测评',NULL,130,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(366,2024,'个人年度测评',NULL,131,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(367,2025,'个人年度测评',NULL,131,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(368,2024,'个人年度测评',NULL,132,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(369,2025,'个人年度测评',NULL,132,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(370,2024,'个人年度测评',NULL,133,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(371,2025,'个人年度测评',NULL,133,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(372,2024,'个人年度测评',NULL,134,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(373,2025,'个人年度测评',NULL,134,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(374,2024,'个人年度测评',NULL,135,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(375,2025,'个人年度测评',NULL,135,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(376,2024,'个人年度测评',NULL,136,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(377,2025,'个人年度测评',NULL,136,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(378,2024,'个人年度测评',NULL,137,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(379,2025,'个人年度测评',NULL,137,'{"\u4f18\u79c0": 11, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(380,2024,'个人年度测评',NULL,138,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(381,2025,'个人年度测评',NULL,138,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(382,2024,'个人年度测评',NULL,139,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(383,2025,'个人年度测评',NULL,139,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(384,2024,'个人年度测评',NULL,140,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(385,2025,'个人年度测评',NULL,140,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(386,2024,'个人年度测评',NULL,141,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(387,2025,'个人年度测评',NULL,141,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 15, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(388,2024,'个人年度测评',NULL,142,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(389,2025,'个人年度测评',NULL,142,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(390,2024,'个人年度测评',NULL,143,'{"\u4f18\u79c0": 3, "\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(391,2025,'个人年度测评',NULL,143,'{"\u4f18\u79c0": 3, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(392,2024,'个人年度测评',NULL,144,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(393,2025,'个人年度测评',NULL,144,'{"\u4f18\u79c0": 5, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(394,2024,'个人年度测评',NULL,145,'{"\u4f18\u79c0": 12, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(395,2025,'个人年度测评',NULL,145,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 5, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(396,2024,'个人年度测评',NULL,146,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(397,2025,'个人年度测评',NULL,146,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(398,2024,'个人年度测评',NULL,147,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(399,2025,'个人年度测评',NULL,147,'{"\u4f18\u79c0": 7, "\u79f0\u804c": 7, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(400,2024,'个人年度测评',NULL,148,'{"\u4f18\u79c0": 9, "\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(401,2025,'个人年度测评',NULL,148,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 8, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(402,2025,'个人年度测评',NULL,149,'{"\u4f18\u79c0": 6, "\u79f0\u804c": 9, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(403,2024,'个人年度测评',NULL,150,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(404,2025,'个人年度测评',NULL,150,'{"\u4f18\u79c0": 8, "\u79f0\u804c": 6, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(405,2024,'领导干部大会测评',NULL,1,'{"\u597d": 175, "\u8f83\u597d": 41, "\u4e00\u822c": 18, "\u5dee": 4}');
INSERT INTO "vote" VALUES(406,2024,'领导干部大会测评',NULL,2,'{"\u597d": 121, "\u8f83\u597d": 76, "\u4e00\u822c": 33, "\u5dee": 8}');
INSERT INTO "vote" VALUES(407,2024,'领导干部大会测评',NULL,9,'{"\u597d": 111, "\u8f83\u597d": 82, "\u4e00\u822c": 36, "\u5dee": 9}');
INSERT INTO "vote" VALUES(408,2024,'领导干部大会测评',NULL,10,'{"\u597d": 144, "\u8f83\u597d": 61, "\u4e00\u822c": 26, "\u5dee": 7}');
INSERT INTO "vote" VALUES(409,2024,'领导干部大会测评',NULL,17,'{"\u597d": 135, "\u8f83\u597d": 67, "\u4e00\u822c": 29, "\u5dee": 7}');
INSERT INTO "vote" VALUES(410,2024,'领导干部大会测评',NULL,18,'{"\u597d": 129, "\u8f83\u597d": 71, "\u4e00\u822c": 30, "\u5dee": 8}');
INSERT INTO "vote" VALUES(411,2024,'领导干部大会测评',NULL,23,'{"\u597d": 195, "\u8f83\u597d": 28, "\u4e00\u822c": 12, "\u5dee": 3}');
INSERT INTO "vote" VALUES(412,2024,'领导干部大会测评',NULL,28,'{"\u597d": 157, "\u8f83\u597d": 52, "\u4e00\u822c": 23, "\u5dee": 6}');
INSERT INTO "vote" VALUES(413,2024,'领导干部大会测评',NULL,29,'{"\u597d": 149, "\u8f83\u597d": 58, "\u4e00\u822c": 25, "\u5dee": 6}');
INSERT INTO "vote" VALUES(414,2024,'领导干部大会测评',NULL,34,'{"\u597d": 141, "\u8f83\u597d": 63, "\u4e00\u822c": 27, "\u5dee": 7}');
INSERT INTO "vote" VALUES(415,2024,'领导干部大会测评',NULL,35,'{"\u597d": 109, "\u8f83\u597d": 84, "\u4e00\u822c": 36, "\u5dee": 9}');
INSERT INTO "vote" VALUES(416,2024,'领导干部大会测评',NULL,42,'{"\u597d": 156, "\u8f83\u597d": 53, "\u4e00\u822c": 23, "\u5dee": 6}');
INSERT INTO "vote" VALUES(417,2024,'领导干部大会测评',NULL,48,'{"\u597d": 201, "\u8f83\u597d": 24, "\u4e00\u822c": 10, "\u5dee": 3}');
INSERT INTO "vote" VALUES(418,2024,'领导干部大会测评',NULL,53,'{"\u597d": 152, "\u8f83\u597d": 56, "\u4e00\u822c": 24, "\u5dee": 6}');
INSERT INTO "vote" VALUES(419,2024,'领导干部大会测评',NULL,54,'{"\u597d": 149, "\u8f83\u597d": 58, "\u4e00\u822c": 25, "\u5dee": 6}');
INSERT INTO "vote" VALUES(420,2024,'领导干部大会测评',NULL,59,'{"\u597d": 142, "\u8f83\u597d": 62, "\u4e00\u822c": 27, "\u5dee": 7}');
INSERT INTO "vote" VALUES(421,2024,'领导干部大会测评',NULL,64,'{"\u597d": 205, "\u8f83\u597d": 22, "\u4e00\u822c": 9, "\u5dee": 2}');
INSERT INTO "vote" VALUES(422,2024,'领导干部大会测评',NULL,65,'{"\u597d": 153, "\u8f83\u597d": 55, "\u4e00\u822c": 24, "\u5dee": 6}');
INSERT INTO "vote" VALUES(423,2024,'领导干部大会测评',NULL,72,'{"\u597d": 60, "\u8f83\u597d": 116, "\u4e00\u822c": 50, "\u5dee": 12}');
INSERT INTO "vote" VALUES(424,2024,'领导干部大会测评',NULL,73,'{"\u597d": 149, "\u8f83\u597d": 58, "\u4e00\u822c": 25, "\u5dee": 6}');
INSERT INTO "vote" VALUES(425,2024,'领导干部大会测评',NULL,81,'{"\u597d": 142, "\u8f83\u597d": 62, "\u4e00\u822c": 27, "\u5dee": 7}');
INSERT INTO "vote" VALUES(426,2024,'领导干部大会测评',NULL,82,'{"\u597d": 189, "\u8f83\u597d": 32, "\u4e00\u822c": 14, "\u5dee": 3}');
INSERT INTO "vote" VALUES(427,2024,'领导干部大会测评',NULL,89,'{"\u597d": 138, "\u8f83\u597d": 65, "\u4e00\u822c": 28, "\u5dee": 7}');
INSERT INTO "vote" VALUES(428,2024,'领导干部大会测评',NULL,90,'{"\u597d": 161, "\u8f83\u597d": 50, "\u4e00\u822c": 22, "\u5dee": 5}');
INSERT INTO "vote" VALUES(429,2024,'领导干部大会测评',NULL,95,'{"\u597d": 147, "\u8f83\u597d": 59, "\u4e00\u822c": 26, "\u5dee": 6}');
INSERT INTO "vote" VALUES(430,2024,'领导干部大会测评',NULL,96,'{"\u597d": 142, "\u8f83\u597d": 62, "\u4e00\u822c": 27, "\u5dee": 7}');
INSERT INTO "vote" VALUES(431,2024,'领导干部大会测评',NULL,101,'{"\u597d": 153, "\u8f83\u597d": 55, "\u4e00\u822c": 24, "\u5dee": 6}');
INSERT INTO "vote" VALUES(432,2024,'领导干部大会测评',NULL,102,'{"\u597d": 157, "\u8f83\u597d": 52, "\u4e00\u822c": 23, "\u5dee": 6}');
INSERT INTO "vote" VALUES(433,2024,'领导干部大会测评',NULL,109,'{"\u597d": 192, "\u8f83\u597d": 30, "\u4e00\u822c": 13, "\u5dee": 3}');
INSERT INTO "vote" VALUES(434,2024,'领导干部大会测评',NULL,110,'{"\u597d": 147, "\u8f83\u597d": 59, "\u4e00\u822c": 26, "\u5dee": 6}');
INSERT INTO "vote" VALUES(435,2024,'领导干部大会测评',NULL,114,'{"\u597d": 60, "\u8f83\u597d": 116, "\u4e00\u822c": 50, "\u5dee": 12}');
INSERT INTO "vote" VALUES(436,2024,'领导干部大会测评',NULL,116,'{"\u597d": 135, "\u8f83\u597d": 67, "\u4e00\u822c": 29, "\u5dee": 7}');
INSERT INTO "vote" VALUES(437,2024,'领导干部大会测评',NULL,119,'{"\u597d": 195, "\u8f83\u597d": 28, "\u4e00\u822c": 12, "\u5dee": 3}');
INSERT INTO "vote" VALUES(438,2024,'领导干部大会测评',NULL,121,'{"\u597d": 102, "\u8f83\u597d": 89, "\u4e00\u822c": 38, "\u5dee": 9}');
INSERT INTO "vote" VALUES(439,2024,'领导干部大会测评',NULL,124,'{"\u597d": 175, "\u8f83\u597d": 41, "\u4e00\u822c": 18, "\u5dee": 4}');
INSERT INTO "vote" VALUES(440,2024,'领导干部大会测评',NULL,127,'{"\u597d": 175, "\u8f83\u597d": 41, "\u4e00\u822c": 18, "\u5dee": 4}');
INSERT INTO "vote" VALUES(441,2024,'领导干部大会测评',NULL,129,'{"\u597d": 118, "\u8f83\u597d": 78, "\u4e00\u822c": 34, "\u5dee": 8}');
INSERT INTO "vote" VALUES(442,2024,'领导干部大会测评',NULL,133,'{"\u597d": 110, "\u8f83\u597d": 83, "\u4e00\u822c": 36, "\u5dee": 9}');
INSERT INTO "vote" VALUES(443,2024,'领导干部大会测评',NULL,136,'{"\u597d": 151, "\u8f83\u597d": 57, "\u4e00\u822c": 24, "\u5dee": 6}');
INSERT INTO "vote" VALUES(444,2024,'领导干部大会测评',NULL,139,'{"\u597d": 127, "\u8f83\u597d": 72, "\u4e00\u822c": 31, "\u5dee": 8}');
INSERT INTO "vote" VALUES(445,2024,'领导干部大会测评',NULL,141,'{"\u597d": 110, "\u8f83\u597d": 83, "\u4e00\u822c": 36, "\u5dee": 9}');
INSERT INTO "vote" VALUES(446,2024,'领导干部大会测评',NULL,144,'{"\u597d": 96, "\u8f83\u597d": 92, "\u4e00\u822c": 40, "\u5dee": 10}');
INSERT INTO "vote" VALUES(447,2024,'领导干部大会测评',NULL,148,'{"\u597d": 141, "\u8f83\u597d": 63, "\u4e00\u822c": 27, "\u5dee": 7}');
INSERT INTO "vote" VALUES(448,2025,'领导干部大会测评',NULL,1,'{"\u597d": 156, "\u8f83\u597d": 41, "\u4e00\u822c": 17, "\u5dee": 4}');
INSERT INTO "vote" VALUES(449,2025,'领导干部大会测评',NULL,2,'{"\u597d": 150, "\u8f83\u597d": 44, "\u4e00\u822c": 19, "\u5dee": 5}');
INSERT INTO "vote" VALUES(450,2025,'领导干部大会测评',NULL,9,'{"\u597d": 108, "\u8f83\u597d": 71, "\u4e00\u822c": 31, "\u5dee": 8}');
INSERT INTO "vote" VALUES(451,2025,'领导干部大会测评',NULL,10,'{"\u597d": 115, "\u8f83\u597d": 67, "\u4e00\u822c": 29, "\u5dee": 7}');
INSERT INTO "vote" VALUES(452,2025,'领导干部大会测评',NULL,17,'{"\u597d": 125, "\u8f83\u597d": 61, "\u4e00\u822c": 26, "\u5dee": 6}');
INSERT INTO "vote" VALUES(453,2025,'领导干部大会测评',NULL,18,'{"\u597d": 128, "\u8f83\u597d": 59, "\u4e00\u822c": 25, "\u5dee": 6}');
INSERT INTO "vote" VALUES(454,2025,'领导干部大会测评',NULL,23,'{"\u597d": 158, "\u8f83\u597d": 39, "\u4e00\u822c": 17, "\u5dee": 4}');
INSERT INTO "vote" VALUES(455,2025,'领导干部大会测评',NULL,24,'{"\u597d": 131, "\u8f83\u597d": 57, "\u4e00\u822c": 24, "\u5dee": 6}');
INSERT INTO "vote" VALUES(456,2025,'领导干部大会测评',NULL,28,'{"\u597d": 142, "\u8f83\u597d": 50, "\u4e00\u822c": 21, "\u5dee": 5}');
INSERT INTO "vote" VALUES(457,2025,'领导干部大会测评',NULL,29,'{"\u597d": 125, "\u8f83\u597d": 60, "\u4e00\u822c": 26, "\u5dee": 7}');
INSERT INTO "vote" VALUES(458,2025,'领导干部大会测评',NULL,34,'{"\u597d": 107, "\u8f83\u597d": 72, "\u4e00\u822c": 31, "\u5dee": 8}');
INSERT INTO "vote" VALUES(459,2025,'领导干部大会测评',NULL,35,'{"\u597d": 87, "\u8f83\u597d": 85, "\u4e00\u822c": 37, "\u5dee": 9}');
INSERT INTO "vote" VALUES(460,2025,'领导干部大会测评',NULL,41,'{"\u597d": 118, "\u8f83\u597d": 65, "\u4e00\u822c": 28, "\u5dee": 7}');
INSERT INTO "vote" VALUES(461,2025,'领导干部大会测评',NULL,42,'{"\u597d": 166, "\u8f83\u597d": 34, "\u4e00\u822c": 14, "\u5dee": 4}');
INSERT INTO "vote" VALUES(462,2025,'领导干部大会测评',NULL,47,'{"\u597d": 173, "\u8f83\u597d": 29, "\u4e00\u822c": 13, "\u5dee": 3}');
INSERT INTO "vote" VALUES(463,2025,'领导干部大会测评',NULL,48,'{"\u597d": 187, "\u8f83\u597d": 20, "\u4e00\u822c": 9, "\u5dee": 2}');
INSERT INTO "vote" VALUES(464,2025,'领导干部大会测评',NULL,53,'{"\u597d": 136, "\u8f83\u597d": 53, "\u4e00\u822c": 23, "\u5dee": 6}');
INSERT INTO "vote" VALUES(465,2025,'领导干部大会测评',NULL,54,'{"\u597d": 132, "\u8f83\u597d": 56, "\u4e00\u822c": 24, "\u5dee": 6}');
INSERT INTO "vote" VALUES(466,2025,'领导干部大会测评',NULL,59,'{"\u597d": 123, "\u8f83\u597d": 62, "\u4e00\u822c": 26, "\u5dee": 7}');
INSERT INTO "vote" VALUES(467,2025,'领导干部大会测评',NULL,60,'{"\u597d": 118, "\u8f83\u597d": 65, "\u4e00\u822c": 28, "\u5dee": 7}');
INSERT INTO "vote" VALUES(468,2025,'领导干部大会测评',NULL,64,'{"\u597d": 179, "\u8f83\u597d": 25, "\u4e00\u822c": 11, "\u5dee": 3}');
INSERT INTO "vote" VALUES(469,2025,'领导干部大会测评',NULL,65,'{"\u597d": 106, "\u8f83\u597d": 73, "\u4e00\u822c": 31, "\u5dee": 8}');
INSERT INTO "vote" VALUES(470,2025,'领导干部大会测评',NULL,72,'{"\u597d": 55, "\u8f83\u597d": 106, "\u4e00\u822c": 46, "\u5dee": 11}');
INSERT INTO "vote" VALUES(471,2025,'领导干部大会测评',NULL,73,'{"\u597d": 131, "\u8f83\u597d": 57, "\u4e00\u822c": 24, "\u5dee": 6}');
INSERT INTO "vote" VALUES(472,2025,'领导干部大会测评',NULL,81,'{"\u597d": 130, "\u8f83\u597d": 57, "\u4e00\u822c": 25, "\u5dee": 6}');
INSERT INTO "vote" VALUES(473,2025,'领导干部大会测评',NULL,82,'{"\u597d": 164, "\u8f83\u597d": 35, "\u4e00\u822c": 15, "\u5dee": 4}');
INSERT INTO "vote" VALUES(474,2025,'领导干部大会测评',NULL,89,'{"\u597d": 116, "\u8f83\u597d": 66, "\u4e00\u822c": 29, "\u5dee": 7}');
INSERT INTO "vote" VALUES(475,2025,'领导干部大会测评',NULL,90,'{"\u597d": 150, "\u8f83\u597d": 44, "\u4e00\u822c": 19, "\u5dee": 5}');
INSERT INTO "vote" VALUES(476,2025,'领导干部大会测评',NULL,95,'{"\u597d": 141, "\u8f83\u597d": 50, "\u4e00\u822c": 22, "\u5dee": 5}');
INSERT INTO "vote" VALUES(477,2025,'领导干部大会测评',NULL,96,'{"\u597d": 166, "\u8f83\u597d": 34, "\u4e00\u822c": 14, "\u5dee": 4}');
INSERT INTO "vote" VALUES(478,2025,'领导干部大会测评',NULL,101,'{"\u597d": 140, "\u8f83\u597d": 51, "\u4e00\u822c": 22, "\u5dee": 5}');
INSERT INTO "vote" VALUES(479,2025,'领导干部大会测评',NULL,102,'{"\u597d": 164, "\u8f83\u597d": 35, "\u4e00\u822c": 15, "\u5dee": 4}');
INSERT INTO "vote" VALUES(480,2025,'领导干部大会测评',NULL,109,'{"\u597d": 163, "\u8f83\u597d": 36, "\u4e00\u822c": 15, "\u5dee": 4}');
INSERT INTO "vote" VALUES(481,2025,'领导干部大会测评',NULL,110,'{"\u597d": 126, "\u8f83\u597d": 60, "\u4e00\u822c": 26, "\u5dee": 6}');
INSERT INTO "vote" VALUES(482,2025,'领导干部大会测评',NULL,114,'{"\u597d": 55, "\u8f83\u597d": 106, "\u4e00\u822c": 46, "\u5dee": 11}');
INSERT INTO "vote" VALUES(483,2025,'领导干部大会测评',NULL,116,'{"\u597d": 129, "\u8f83\u597d": 58, "\u4e00\u822c": 25, "\u5dee": 6}');
INSERT INTO "vote" VALUES(484,2025,'领导干部大会测评',NULL,119,'{"\u597d": 159, "\u8f83\u597d": 38, "\u4e00\u822c": 17, "\u5dee": 4}');
INSERT INTO "vote" VALUES(485,2025,'领导干部大会测评',NULL,121,'{"\u597d": 99, "\u8f83\u597d": 78, "\u4e00\u822c": 33, "\u5dee": 8}');
INSERT INTO "vote" VALUES(486,2025,'领导干部大会测评',NULL,124,'{"\u597d": 177, "\u8f83\u597d": 27, "\u4e00\u822c": 11, "\u5dee": 3}');
INSERT INTO "vote" VALUES(487,2025,'领导干部大会测评',NULL,127,'{"\u597d": 141, "\u8f83\u597d": 50, "\u4e00\u822c": 22, "\u5dee": 5}');
INSERT INTO "vote" VALUES(488,2025,'领导干部大会测评',NULL,129,'{"\u597d": 133, "\u8f83\u597d": 55, "\u4e00\u822c": 24, "\u5dee": 6}');
INSERT INTO "vote" VALUES(489,2025,'领导干部大会测评',NULL,133,'{"\u597d": 98, "\u8f83\u597d": 78, "\u4e00\u822c": 34, "\u5dee": 8}');
INSERT INTO "vote" VALUES(490,2025,'领导干部大会测评',NULL,136,'{"\u597d": 150, "\u8f83\u597d": 44, "\u4e00\u822c": 19, "\u5dee": 5}');
INSERT INTO "vote" VALUES(491,2025,'领导干部大会测评',NULL,139,'{"\u597d": 121, "\u8f83\u597d": 63, "\u4e00\u822c": 27, "\u5dee": 7}');
INSERT INTO "vote" VALUES(492,2025,'领导干部大会测评',NULL,141,'{"\u597d": 100, "\u8f83\u597d": 77, "\u4e00\u822c": 33, "\u5dee": 8}');
INSERT INTO "vote" VALUES(493,2025,'领导干部大会测评',NULL,144,'{"\u597d": 97, "\u8f83\u597d": 78, "\u4e00\u822c": 34, "\u5dee": 9}');
INSERT INTO "vote" VALUES(494,2025,'领导干部大会测评',NULL,148,'{"\u597d": 144, "\u8f83\u597d": 48, "\u4e00\u822c": 21, "\u5dee": 5}');
INSERT INTO "vote" VALUES(495,2024,'试用期满测评',NULL,1,'{"\u540c\u610f": 17, "\u4e0d\u540c\u610f": 4}');
INSERT INTO "vote" VALUES(496,2024,'试用期满测评',NULL,2,'{"\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(497,2024,'试用期满测评',NULL,3,'{"\u540c\u610f": 22, "\u4e0d\u540c\u610f": 3}');
INSERT INTO "vote" VALUES(498,2025,'试用期满测评',NULL,6,'{"\u540c\u610f": 16, "\u4e0d\u540c\u610f": 2}');
INSERT INTO "vote" VALUES(499,2025,'试用期满测评',NULL,8,'{"\u79f0\u804c": 16, "\u57fa\u672c\u79f0\u804c": 3, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(500,2025,'试用期满测评',NULL,9,'{"\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 3, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(501,2025,'试用期满测评',NULL,10,'{"\u79f0\u804c": 15, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(502,2025,'试用期满测评',NULL,11,'{"\u79f0\u804c": 17, "\u57fa\u672c\u79f0\u804c": 4, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(503,2024,'试用期满测评',NULL,14,'{"\u79f0\u804c": 23, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(504,2024,'试用期满测评',NULL,16,'{"\u79f0\u804c": 25, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(505,2025,'试用期满测评',NULL,18,'{"\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(506,2025,'试用期满测评',NULL,20,'{"\u540c\u610f": 18, "\u4e0d\u540c\u610f": 1}');
INSERT INTO "vote" VALUES(507,2025,'试用期满测评',NULL,21,'{"\u540c\u610f": 19, "\u4e0d\u540c\u610f": 1}');
INSERT INTO "vote" VALUES(508,2025,'试用期满测评',NULL,25,'{"\u540c\u610f": 18, "\u4e0d\u540c\u610f": 2}');
INSERT INTO "vote" VALUES(509,2024,'试用期满测评',NULL,27,'{"\u540c\u610f": 23, "\u4e0d\u540c\u610f": 1}');
INSERT INTO "vote" VALUES(510,2024,'试用期满测评',NULL,33,'{"\u540c\u610f": 13, "\u4e0d\u540c\u610f": 2}');
INSERT INTO "vote" VALUES(511,2025,'试用期满测评',NULL,38,'{"\u79f0\u804c": 15, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(512,2024,'试用期满测评',NULL,42,'{"\u79f0\u804c": 23, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(513,2025,'试用期满测评',NULL,43,'{"\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(514,2025,'试用期满测评',NULL,49,'{"\u79f0\u804c": 21, "\u57fa\u672c\u79f0\u804c": 4, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(515,2024,'试用期满测评',NULL,50,'{"\u540c\u610f": 15, "\u4e0d\u540c\u610f": 2}');
INSERT INTO "vote" VALUES(516,2024,'试用期满测评',NULL,61,'{"\u79f0\u804c": 16, "\u57fa\u672c\u79f0\u804c": 3, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(517,2025,'试用期满测评',NULL,66,'{"\u79f0\u804c": 25, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(518,2025,'试用期满测评',NULL,72,'{"\u79f0\u804c": 18, "\u57fa\u672c\u79f0\u804c": 0, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(519,2024,'试用期满测评',NULL,77,'{"\u540c\u610f": 16, "\u4e0d\u540c\u610f": 2}');
INSERT INTO "vote" VALUES(520,2025,'试用期满测评',NULL,79,'{"\u79f0\u804c": 15, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(521,2025,'试用期满测评',NULL,80,'{"\u540c\u610f": 19, "\u4e0d\u540c\u610f": 4}');
INSERT INTO "vote" VALUES(522,2024,'试用期满测评',NULL,83,'{"\u79f0\u804c": 26, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(523,2025,'试用期满测评',NULL,86,'{"\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(524,2024,'试用期满测评',NULL,96,'{"\u79f0\u804c": 16, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(525,2025,'试用期满测评',NULL,99,'{"\u79f0\u804c": 22, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(526,2025,'试用期满测评',NULL,108,'{"\u79f0\u804c": 19, "\u57fa\u672c\u79f0\u804c": 3, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(527,2024,'试用期满测评',NULL,112,'{"\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(528,2025,'试用期满测评',NULL,116,'{"\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(529,2025,'试用期满测评',NULL,117,'{"\u540c\u610f": 13, "\u4e0d\u540c\u610f": 2}');
INSERT INTO "vote" VALUES(530,2024,'试用期满测评',NULL,120,'{"\u79f0\u804c": 12, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(531,2025,'试用期满测评',NULL,126,'{"\u79f0\u804c": 16, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(532,2024,'试用期满测评',NULL,127,'{"\u79f0\u804c": 14, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(533,2025,'试用期满测评',NULL,128,'{"\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 3, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(534,2024,'试用期满测评',NULL,132,'{"\u540c\u610f": 14, "\u4e0d\u540c\u610f": 2}');
INSERT INTO "vote" VALUES(535,2024,'试用期满测评',NULL,134,'{"\u79f0\u804c": 19, "\u57fa\u672c\u79f0\u804c": 3, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(536,2025,'试用期满测评',NULL,135,'{"\u79f0\u804c": 11, "\u57fa\u672c\u79f0\u804c": 3, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(537,2025,'试用期满测评',NULL,137,'{"\u79f0\u804c": 16, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(538,2025,'试用期满测评',NULL,138,'{"\u79f0\u804c": 15, "\u57fa\u672c\u79f0\u804c": 1, "\u4e0d\u79f0\u804c": 0}');
INSERT INTO "vote" VALUES(539,2024,'试用期满测评',NULL,142,'{"\u79f0\u804c": 10, "\u57fa\u672c\u79f0\u804c": 4, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(540,2025,'试用期满测评',NULL,146,'{"\u79f0\u804c": 15, "\u57fa\u672c\u79f0\u804c": 3, "\u4e0d\u79f0\u804c": 1}');
INSERT INTO "vote" VALUES(541,2025,'试用期满测评',NULL,147,'{"\u79f0\u804c": 13, "\u57fa\u672c\u79f0\u804c": 2, "\u4e0d\u79f0\u804c": 0}');
CREATE TABLE workday_day (
	day DATE NOT NULL, 
	year INTEGER NOT NULL, 
	kind VARCHAR(4) NOT NULL, 
	CONSTRAINT pk_workday_day PRIMARY KEY (day), 
	CONSTRAINT fk_workday_day_year_workday_year FOREIGN KEY(year) REFERENCES workday_year (year) ON DELETE CASCADE
);
CREATE TABLE workday_year (
	year INTEGER NOT NULL, 
	notice VARCHAR(120), 
	entered_at DATETIME NOT NULL, 
	entered_by VARCHAR(60) NOT NULL, 
	CONSTRAINT pk_workday_year PRIMARY KEY (year)
);
CREATE INDEX ix_audit_entry_at ON audit_entry (at);
CREATE INDEX ix_cadre_name ON cadre (name);
CREATE INDEX ix_code_item_table_name ON code_item (table_name);
CREATE INDEX ix_unit_assessment_group ON unit (assessment_group);
CREATE INDEX ix_appraisal_cadre_id ON appraisal (cadre_id);
CREATE INDEX ix_commendation_cadre_id ON commendation (cadre_id);
CREATE INDEX ix_commendation_unit_id ON commendation (unit_id);
CREATE INDEX ix_discipline_cadre_id ON discipline (cadre_id);
CREATE INDEX ix_post_cadre_id ON post (cadre_id);
CREATE INDEX ix_post_end_date ON post (end_date);
CREATE INDEX ix_post_unit_id ON post (unit_id);
CREATE INDEX ix_unit_score_unit_id ON unit_score (unit_id);
CREATE INDEX ix_unit_score_year ON unit_score (year);
CREATE INDEX ix_vote_cadre_id ON vote (cadre_id);
CREATE INDEX ix_vote_unit_id ON vote (unit_id);
CREATE INDEX ix_vote_year ON vote (year);
CREATE INDEX ix_tolerance_case_applicant_cadre_id ON tolerance_case (applicant_cadre_id);
CREATE INDEX ix_tolerance_case_applicant_unit_id ON tolerance_case (applicant_unit_id);
CREATE INDEX ix_tolerance_case_status ON tolerance_case (status);
CREATE INDEX ix_tolerance_case_year ON tolerance_case (year);
CREATE INDEX ix_workday_day_year ON workday_day (year);
CREATE INDEX ix_tolerance_clarification_cadre_id ON tolerance_clarification (cadre_id);
CREATE INDEX ix_tolerance_clarification_case_id ON tolerance_clarification (case_id);
CREATE INDEX ix_tolerance_clarification_unit_id ON tolerance_clarification (unit_id);
CREATE INDEX ix_tolerance_correction_case_id ON tolerance_correction (case_id);
CREATE INDEX ix_tolerance_evidence_case_id ON tolerance_evidence (case_id);
CREATE INDEX ix_tolerance_filing_case_id ON tolerance_filing (case_id);
CREATE INDEX ix_tolerance_hearing_case_id ON tolerance_hearing (case_id);
CREATE INDEX ix_tolerance_followup_correction_id ON tolerance_followup (correction_id);
CREATE INDEX ix_bonus_amount_year ON bonus_amount (year);
CREATE INDEX ix_ranking_tie_break_year ON ranking_tie_break (year);
CREATE INDEX ix_bonus_plan_unit_id ON bonus_plan (unit_id);
CREATE INDEX ix_bonus_plan_year ON bonus_plan (year);
CREATE INDEX ix_monitoring_rank_unit_id ON monitoring_rank (unit_id);
CREATE INDEX ix_monitoring_rank_year ON monitoring_rank (year);
CREATE INDEX ix_ranking_override_unit_id ON ranking_override (unit_id);
CREATE INDEX ix_ranking_override_year ON ranking_override (year);
CREATE INDEX ix_recorded_award_unit_id ON recorded_award (unit_id);
CREATE INDEX ix_recorded_award_year ON recorded_award (year);
CREATE INDEX ix_bonus_line_cadre_id ON bonus_line (cadre_id);
CREATE INDEX ix_bonus_line_plan_id ON bonus_line (plan_id);
CREATE INDEX ix_doc_number_body_id ON doc_number (body_id);
CREATE INDEX ix_excellent_honour_cadre_id ON excellent_honour (cadre_id);
CREATE INDEX ix_excellent_honour_unit_id ON excellent_honour (unit_id);
CREATE INDEX ix_excellent_honour_year ON excellent_honour (year);
CREATE INDEX ix_excellent_nomination_cadre_id ON excellent_nomination (cadre_id);
CREATE INDEX ix_excellent_nomination_round_id ON excellent_nomination (round_id);
CREATE INDEX ix_excellent_nomination_stage ON excellent_nomination (stage);
CREATE INDEX ix_excellent_nomination_unit_id ON excellent_nomination (unit_id);
CREATE INDEX ix_excellent_quota_round_id ON excellent_quota (round_id);
CREATE INDEX ix_promotion_key_work_cadre_id ON promotion_key_work (cadre_id);
CREATE INDEX ix_promotion_review_cadre_id ON promotion_review (cadre_id);
CREATE INDEX ix_reserve_entry_cadre_id ON reserve_entry (cadre_id);
CREATE INDEX ix_excellent_honour_step_honour_id ON excellent_honour_step (honour_id);
CREATE INDEX ix_excellent_stage_change_nomination_id ON excellent_stage_change (nomination_id);
CREATE INDEX ix_excellent_suggestion_cadre_id ON excellent_suggestion (cadre_id);
CREATE INDEX ix_adj_determination_date ON adj_determination (date);
CREATE INDEX ix_adj_determination_unit_id ON adj_determination (unit_id);
CREATE INDEX ix_adj_health_cadre_id ON adj_health (cadre_id);
CREATE INDEX ix_adj_key_task_rank_unit_id ON adj_key_task_rank (unit_id);
CREATE INDEX ix_adj_key_task_rank_year ON adj_key_task_rank (year);
CREATE INDEX ix_adj_leader_assignment_cadre_id ON adj_leader_assignment (cadre_id);
CREATE INDEX ix_adj_leader_assignment_unit_id ON adj_leader_assignment (unit_id);
CREATE INDEX ix_adj_poverty_unit_id ON adj_poverty (unit_id);
CREATE INDEX ix_adj_poverty_year ON adj_poverty (year);
CREATE INDEX ix_adj_request_cadre_id ON adj_request (cadre_id);
CREATE INDEX ix_adj_request_date ON adj_request (date);
CREATE INDEX ix_adj_determination_cadre_cadre_id ON adj_determination_cadre (cadre_id);
CREATE INDEX ix_adj_determination_cadre_determination_id ON adj_determination_cadre (determination_id);
CREATE INDEX ix_adj_proposal_cadre_id ON adj_proposal (cadre_id);
CREATE INDEX ix_adj_proposal_step_proposal_id ON adj_proposal_step (proposal_id);
COMMIT;
